// The results of a round for the secretariat: one row per entry from the submitted score sheets
// (app/domain/results.ts), by judging code only until the shortlist is confirmed, and then with the
// finalists named. Each contending entry's chance of the top N and the entries in doubt (chart and
// table: ./top-n-chances), what normalisation does in plain words, each judge (by code) with their
// leniency and reliability (./judges-chart), the CSV downloads and the way to the shortlist.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { AgreementSection } from "~/components/agreement";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { defaultHiddenColumnIds, hideableColumnIds, ResultsTable, type ResultRow } from "~/components/results-table";
import { JUDGE_SIDE_LABELS } from "~/domain/permissions";
import { DISAGREEMENT_SPREAD_POINTS, SIDES_DIVERGE_POINTS } from "~/domain/results";
import { STAGE_LABELS } from "~/domain/stages";
import { resultsAgreement } from "~/models/agreement.server";
import { roundResults } from "~/models/results.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { resultsView, roundParam } from "~/request/results-forms.server";
import { JudgesSection, type JudgeRow } from "./judges-chart";
import { TopNChances, type ChanceRow } from "./top-n-chances";
import { Caption } from "~/components/nhsuk";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Results ${data.cycle.year}` : "Results", "Award cycles") }];

/** The chart shows entries with at least this chance of the top N (and the top N themselves), at most CHART_ROWS. */
const CHART_MIN_CHANCE = 0.005;
const CHART_ROWS = 20;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const url = new URL(request.url);
  const round = roundParam(url);
  const r = await roundResults(db, { cycleId, round });
  const criteria = r.criteria.map((c) => ({ id: c.id, title: c.title }));
  const rows: ResultRow[] = r.results.entries.map((e) => {
    const label = r.labels.get(e.entryId);
    return {
      entryId: e.entryId,
      code: label?.code ?? String(e.entryId),
      organisation: label?.organisation ?? null,
      title: label?.title ?? null,
      sheets: e.sheets,
      meanPercent: e.meanPercent,
      medianPercent: e.medianPercent,
      spread: e.spread,
      criterionMeans: Object.fromEntries(r.criteria.map((c) => [String(c.id), e.criterionMeans[c.id] ?? null])),
      employerMean: e.employerMean,
      staffSideMean: e.staffSideMean,
      sidesDiverge: e.sidesDiverge,
      disagreement: e.disagreement,
      normalisedPercent: e.normalisedPercent,
      normalisedSd: e.normalisedSd,
      topChance: e.topChance,
      rawRank: e.rawRank,
      medianRank: e.medianRank,
      normalisedRank: e.normalisedRank,
    };
  });
  const n = r.results.topN.n;
  const scored = rows.filter((row) => row.sheets > 0).length;
  const chances: ChanceRow[] = rows
    .filter((row) => row.topChance !== null && row.normalisedPercent !== null && (row.topChance >= CHART_MIN_CHANCE || (row.normalisedRank ?? Infinity) <= n))
    .sort((a, b) => b.topChance! - a.topChance! || (a.normalisedRank ?? Infinity) - (b.normalisedRank ?? Infinity) || a.code.localeCompare(b.code))
    .slice(0, CHART_ROWS)
    .map((row) => ({ code: row.code, score: row.normalisedPercent!, sd: row.normalisedSd ?? 0, chance: row.topChance!, rank: row.normalisedRank }));
  const judges: JudgeRow[] = r.results.judges
    .map((j) => ({
      code: r.judgeCodes.get(j.judgeId) ?? "J??",
      side: JUDGE_SIDE_LABELS[j.side] ?? j.side,
      sheets: j.sheets,
      meanPercent: j.meanPercent,
      adjustment: j.adjustment,
      leniency: j.leniency,
      leniencySd: j.leniencySd,
      noiseSd: j.noiseSd,
      weight: j.weight,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    cycle: {
      id: cycle.id,
      year: cycle.year,
      stage: STAGE_LABELS[cycle.stage],
      confirmed: cycle.shortlist_confirmed_at !== null,
    },
    round,
    criteria,
    rows,
    scored,
    view: resultsView(url, hideableColumnIds(criteria), defaultHiddenColumnIds(criteria)),
    topN: { n, chances },
    judges,
    agreement: resultsAgreement(r),
  };
}

export default function CycleResults() {
  const { cycle, round, criteria, rows, scored, view, topN, judges, agreement } = useLoaderData<typeof loader>();
  const location = useLocation();
  const base = `/admin/cycles/${cycle.id}`;
  const roundName = round === "first" ? "First round" : "Final round";
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <Caption>
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </Caption>
      <h1>Results</h1>

      <nav aria-label="Rounds" className="nhsuk-u-margin-bottom-4">
        <ul className="nhsuk-list nhsuk-u-margin-bottom-0" style={{ display: "flex", gap: "1.5rem" }}>
          {(["first", "final"] as const).map((r) => (
            <li key={r}>
              {r === round ? (
                <strong aria-current="page">{r === "first" ? "First round" : "Final round"}</strong>
              ) : (
                <Link to={`${base}/results?round=${r}`}>{r === "first" ? "First round" : "Final round"}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <p>
        {cycle.confirmed
          ? "The shortlist is confirmed: the finalists are named below; every other entry stays anonymous, by its judging code."
          : "Entries are shown by their judging code only. The finalists are named here once the shortlist is confirmed."}
      </p>
      <ul className="nhsuk-list">
        <li>
          <a href={`${base}/results.csv?round=${round}`} download>
            Download the results table as CSV
          </a>
        </li>
        <li>
          <a href={`${base}/scores.csv?round=${round}`} download>
            Download every score, sheet by sheet (judges by code), as CSV
          </a>
        </li>
        <li>
          <Link to={`${base}/shortlist`}>{cycle.confirmed ? "The confirmed shortlist" : "Choose the shortlist"}</Link>
        </li>
      </ul>

      <h2>Chance of the top {topN.n}</h2>
      <TopNChances rows={topN.chances} n={topN.n} scored={scored > 0} />

      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">What the normalised score and the flags mean</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            Each entry is scored by only a few judges, so its raw mean depends on which judges it drew: a judge who marks everything generously lifts every
            entry they judge, and a judge whose marks are erratic moves entries up and down by chance. The normalised score compares each judge with the
            other judges who scored the same entries, and learns two things about each: how lenient or harsh they are, and how far their sheets typically
            stray from what their colleagues saw in the same entries (their noise). It takes each judge&apos;s leniency out of their sheets, and lets a
            consistent judge&apos;s sheet count for more than an erratic one&apos;s. How far to trust one judge&apos;s pattern is learnt from the round
            itself: a judge with few sheets, or a round where judges hardly differ, is corrected only a little. An entry whose sheets say little is drawn
            towards the round&apos;s average.
          </p>
          <p>
            The chance of the top {topN.n} says how sure those sheets make us: among the scores the entries could truly deserve, given every judge&apos;s
            leniency and noise, how often each entry comes out among the {topN.n} best. An entry at 50% is a toss of a coin; one in doubt (10% to 90%) is
            where reading the sheets, or asking more judges, matters most. Checked against simulated rounds with a known truth, these chances come true
            about as often as they say.
          </p>
          <p>
            In the judges&apos; table, the leniency is how many points the judge marks above (or, with a minus, below) their colleagues, with the range it is
            90% likely to lie in; the noise is how many points one of their sheets typically strays; &ldquo;a sheet counts as&rdquo; compares its weight
            with a typical judge&apos;s; the adjustment is how many points their sheets moved: positive for a harsh judge, negative for a lenient one.
          </p>
          <p>
            <strong>Sides diverge</strong>: the employer-side and staff-side means differ by {SIDES_DIVERGE_POINTS} points or more.{" "}
            <strong>Disagreement</strong>: the entry&apos;s sheets are {DISAGREEMENT_SPREAD_POINTS} points or more apart. The flags use the raw sheets: they
            say which sheets are worth reading before choosing.
          </p>
          <p>Ranks count 1 as best; entries with equal scores share a rank. Entries without a complete sheet have no score and no rank.</p>
        </div>
      </details>

      <h2>{roundName} results</h2>
      <ResultsTable
        key={`${round}${location.search}`}
        rows={rows}
        criteria={criteria}
        initialView={view}
        round={round}
        caption={`${roundName} results for ${cycle.year}, one row per entry`}
      />

      <h2>Judges</h2>
      <JudgesSection judges={judges} />

      <h2>How far the judges agree</h2>
      <AgreementSection report={agreement} caption={`Agreement between judges in the ${roundName.toLowerCase()} of ${cycle.year}, by criterion`} />
      <p>
        <Link to="/admin/agreement">Agreement across the years</Link>
      </p>
    </>
  );
}
