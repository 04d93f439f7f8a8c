// The results of a round for the secretariat: one row per entry from the submitted score sheets
// (app/domain/results.ts), by judging code only until the shortlist is confirmed, and then with the
// finalists named. How sensitive the top N is to the ranking method, what normalisation does, each
// judge (by code) with their adjustment, the CSV downloads and the way to the shortlist.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { hideableColumnIds, ResultsTable, type ResultRow } from "~/components/results-table";
import { JUDGE_SIDE_LABELS } from "~/domain/permissions";
import { DISAGREEMENT_SPREAD_POINTS, SIDES_DIVERGE_POINTS, type RankingMethod } from "~/domain/results";
import { STAGE_LABELS } from "~/domain/stages";
import { roundResults } from "~/models/results.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { resultsView, roundParam } from "~/request/results-forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Results ${data.cycle.year}` : "Results", "Award cycles") }];

const METHOD_LABELS: Record<RankingMethod, string> = { raw: "raw mean", median: "median", normalised: "normalised score" };

const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

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
      rawRank: e.rawRank,
      medianRank: e.medianRank,
      normalisedRank: e.normalisedRank,
    };
  });
  const codeOf = (id: number) => r.labels.get(id)?.code ?? String(id);
  const s = r.results.sensitivity;
  const scored = rows.filter((row) => row.sheets > 0).length;
  const judges = r.results.judges
    .map((j) => ({
      code: r.judgeCodes.get(j.judgeId) ?? "J??",
      side: JUDGE_SIDE_LABELS[j.side] ?? j.side,
      sheets: j.sheets,
      meanPercent: j.meanPercent,
      adjustment: j.adjustment,
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
    view: resultsView(url, hideableColumnIds(criteria)),
    sensitivity: {
      n: s.n,
      same: s.sameTopN,
      movers: s.movers.map((m) => ({ code: codeOf(m.entryId), in: m.in.map((x) => METHOD_LABELS[x]), out: m.out.map((x) => METHOD_LABELS[x]) })),
      // A tie at the cut puts more than N in a method's top N: the secretariat breaks it.
      ties: (Object.keys(s.byMethod) as RankingMethod[]).filter((m) => s.byMethod[m].length > s.n).map((m) => ({ method: METHOD_LABELS[m], count: s.byMethod[m].length })),
    },
    judges,
  };
}

const points = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(n).toFixed(1)}`;

export default function CycleResults() {
  const { cycle, round, criteria, rows, scored, view, sensitivity, judges } = useLoaderData<typeof loader>();
  const location = useLocation();
  const base = `/admin/cycles/${cycle.id}`;
  const roundName = round === "first" ? "First round" : "Final round";
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <span className="nhsuk-caption-l">
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </span>
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

      <h2>How sensitive the top {sensitivity.n} is</h2>
      {scored === 0 ? (
        <p>No complete score sheets have been submitted for this round yet.</p>
      ) : (
        <div className="nhsuk-inset-text" data-testid="sensitivity">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          {sensitivity.same ? (
            <p>The top {sensitivity.n} is the same by raw mean, median and normalised score.</p>
          ) : (
            <>
              <p>The top {sensitivity.n} depends on the ranking method. These entries move in or out:</p>
              <ul>
                {sensitivity.movers.map((m) => (
                  <li key={m.code}>
                    Entry <code>{m.code}</code>: in the top {sensitivity.n} by {list(m.in)}; out by {list(m.out)}.
                  </li>
                ))}
              </ul>
            </>
          )}
          {sensitivity.ties.map((t) => (
            <p key={t.method}>
              A tie at the cut puts {t.count} entries in the top {sensitivity.n} by {t.method}: the tie has to be broken by the panel.
            </p>
          ))}
        </div>
      )}

      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">What the normalised score and the flags mean</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            Each entry is scored by only a few judges, so its raw mean depends on which judges it drew: a judge who marks everything generously lifts every
            entry they judge. The normalised score compares each judge with the other judges who scored the same entries, estimates how lenient or harsh they
            are, and takes that out of their sheets. A judge who has scored only a few sheets is corrected only a little. The adjustment in the judges&apos;
            table is how many points each judge&apos;s sheets moved: positive for a harsh judge, negative for a lenient one.
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
      {judges.length === 0 ? (
        <p>No judge has submitted a complete score sheet in this round.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Judges by code, with how normalisation adjusted their sheets</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">Side</th>
              <th scope="col">Sheets</th>
              <th scope="col">Mean %</th>
              <th scope="col">Adjustment (points)</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {judges.map((j) => (
              <tr key={j.code}>
                <th scope="row">{j.code}</th>
                <td>{j.side}</td>
                <td>{j.sheets}</td>
                <td>{j.meanPercent.toFixed(1)}</td>
                <td>{points(j.adjustment)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
