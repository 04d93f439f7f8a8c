// Choosing the finalists, in the shortlisting stage: the first round's entries ranked by the chosen
// method (normalised score unless another is chosen or was saved), the top N proposed, a rationale
// for each finalist, "Save shortlist", and then the separate, recorded step that confirms it and
// reveals the finalists to the final-round panel (and e-mails them). Afterwards: the finalists,
// named, read-only. In other stages the page says what stage is needed.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle, Tag } from "~/components/admin";
import { Button, ErrorSummary, NotificationBanner, SuccessBanner } from "~/components/forms";
import { JudgingBreadcrumb, Warning } from "~/components/judging-admin";
import { RANKING_METHODS, type EntryResult, type RankingMethod } from "~/domain/results";
import { STAGE_LABELS, type Stage } from "~/domain/stages";
import { roundResults, topBy } from "~/models/results.server";
import { confirmShortlist, getShortlist, saveShortlist } from "~/models/shortlist.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
// The shortlisting meeting (decision 033): its record beside each entry, and the way to the meeting.
import { MeetingLinkSection, MeetingRecordSummary, type MeetingRecordView } from "~/components/meeting-record";
import { meetingRecordsById } from "~/models/shortlisting-meeting.server";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { methodParam, parseShortlistForm, savedMethod, shortlistIntent } from "~/request/results-forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Shortlist ${data.cycle.year}` : "Shortlist", "Award cycles") }];

const METHOD_LABELS: Record<RankingMethod, string> = { raw: "Raw mean", median: "Median", normalised: "Normalised score" };

function rankOf(e: EntryResult, method: RankingMethod): number | null {
  return method === "raw" ? e.rawRank : method === "median" ? e.medianRank : e.normalisedRank;
}
function scoreOf(e: EntryResult, method: RankingMethod): number | null {
  return method === "raw" ? e.meanPercent : method === "median" ? e.medianPercent : e.normalisedPercent;
}

/** What has to happen before finalists can be chosen, by stage. */
function stageProblem(stage: Stage): string {
  if (stage === "judging") return "Finalists are chosen in the shortlisting stage. Move the cycle to shortlisting first, once first-round judging has closed.";
  if (["draft", "open", "closed"].includes(stage)) return "Finalists are chosen in the shortlisting stage, after first-round judging. Move the cycle to judging and then to shortlisting first.";
  return "The shortlisting stage has passed without a confirmed shortlist, so finalists can no longer be chosen here.";
}

/** The first round's ranked entries, in the method's order, and the method's top N. */
async function ranked(cycleId: number, method: RankingMethod) {
  const db = getDb();
  const r = await roundResults(db, { cycleId, round: "first" });
  const cycle = await db.selectFrom("award_cycles").select("finalists_count").where("id", "=", cycleId).executeTakeFirstOrThrow();
  const entries = r.results.entries
    .filter((e) => rankOf(e, method) !== null)
    .sort((a, b) => rankOf(a, method)! - rankOf(b, method)! || (r.labels.get(a.entryId)?.code ?? "").localeCompare(r.labels.get(b.entryId)?.code ?? ""))
    .map((e) => ({ nominationId: e.entryId, code: r.labels.get(e.entryId)?.code ?? String(e.entryId), rank: rankOf(e, method)!, score: scoreOf(e, method)!, sheets: e.sheets }));
  const proposed = topBy(r.results, r.labels, method, cycle.finalists_count);
  // topBy takes exactly N, breaking a tie at the cut by code: the secretariat should see that tie.
  const cutRank = entries.find((e) => e.nominationId === proposed[proposed.length - 1])?.rank;
  const atCut = entries.filter((e) => e.rank === cutRank);
  const tieAtCut = atCut.some((e) => !proposed.includes(e.nominationId)) ? { rank: cutRank!, codes: atCut.map((e) => e.code) } : null;
  return { entries, proposed, tieAtCut, n: cycle.finalists_count };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const url = new URL(request.url);
  const notice = url.searchParams.get("notice");
  const base = { id: cycle.id, year: cycle.year, stage: STAGE_LABELS[cycle.stage], n: cycle.finalists_count };
  const shortlist = await getShortlist(db, cycleId);
  const meeting = await meetingRecordsById(db, cycleId);
  if (cycle.shortlist_confirmed_at) {
    return {
      state: "confirmed" as const,
      notice: notice === "confirmed" ? notice : null,
      cycle: base,
      method: savedMethod(cycle.shortlist_method),
      meeting,
      finalists: shortlist.map((s) => ({ nominationId: s.nominationId, code: s.code, organisation: s.organisation, title: s.title, rationale: s.rationale })),
    };
  }
  if (cycle.stage !== "shortlisting") return { state: "wrong_stage" as const, cycle: base, problem: stageProblem(cycle.stage), meeting };
  const method = methodParam(url) ?? savedMethod(cycle.shortlist_method) ?? "normalised";
  const { entries, proposed, tieAtCut } = await ranked(cycleId, method);
  // Saved picks are shown as saved; before anything is saved, the proposal is ticked.
  const picks = shortlist.length ? shortlist.map((s) => s.nominationId) : proposed;
  const rationales = Object.fromEntries(shortlist.map((s) => [String(s.nominationId), s.rationale]));
  return {
    state: "choosing" as const,
    notice: notice === "saved" ? notice : null,
    cycle: base,
    method,
    savedMethod: savedMethod(cycle.shortlist_method),
    entries,
    proposed,
    tieAtCut,
    picks,
    rationales,
    saved: shortlist.map((s) => s.code),
    meeting,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const intent = shortlistIntent(formData);
  const path = `/admin/cycles/${cycleId}/shortlist`;
  if (intent === "save") {
    const method = savedMethod(String(formData.get("method") ?? "")) ?? "normalised";
    const { entries } = await ranked(cycleId, method);
    const parsed = parseShortlistForm(formData, entries);
    if (!parsed.ok) return invalid(parsed);
    const result = await saveShortlist(db, { cycleId, picks: parsed.data.picks, method: parsed.data.method, actorUserId: admin.id });
    if (!result.ok) return invalid({ errors: { form: result.problem }, values: formValues(formData) });
    return redirect(`${path}?notice=saved`);
  }
  if (intent === "confirm") {
    const result = await confirmShortlist(db, { cycleId, actorUserId: admin.id });
    if (!result.ok) return invalid({ errors: { form: result.problem }, values: {} });
    return redirect(`${path}?notice=confirmed`);
  }
  return invalid({ errors: { form: "Choose what to do" }, values: formValues(formData) });
}

export default function Shortlist() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { cycle } = data;
  const resultsHref = `/admin/cycles/${cycle.id}/results`;
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: resultsHref, label: "Results" }]} />
      <ErrorSummary errors={actionData?.errors} />
      {!actionData && data.state !== "wrong_stage" && data.notice === "saved" ? (
        <SuccessBanner title="The shortlist is saved">
          <p>Check it, then confirm it to reveal the finalists to the final-round panel.</p>
        </SuccessBanner>
      ) : null}
      {!actionData && data.state === "confirmed" && data.notice === "confirmed" ? (
        <SuccessBanner title="The shortlist is confirmed">
          <p>The finalists have been e-mailed and are revealed to the final-round panel.</p>
        </SuccessBanner>
      ) : null}
      <span className="nhsuk-caption-l">
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </span>
      <h1>Shortlist</h1>
      <p>
        <Link to={resultsHref}>See the full results table</Link>
      </p>
      <MeetingLinkSection cycleId={cycle.id} recorded={Object.keys(data.meeting).length} confirmed={data.state === "confirmed"} />
      {data.state === "wrong_stage" ? (
        <NotificationBanner title="Finalists cannot be chosen yet">
          <p>{data.problem}</p>
        </NotificationBanner>
      ) : data.state === "confirmed" ? (
        <Confirmed finalists={data.finalists} method={data.method} meeting={data.meeting} />
      ) : (
        <Choosing data={data} values={actionData?.values} errors={actionData?.errors} n={cycle.n} cycleId={cycle.id} />
      )}
    </>
  );
}

function Confirmed({
  finalists,
  method,
  meeting,
}: {
  finalists: { nominationId: number; code: string; organisation: string; title: string; rationale: string }[];
  method: RankingMethod | null;
  meeting: Record<string, MeetingRecordView>;
}) {
  return (
    <>
      <p>
        The shortlist is confirmed{method ? ` (entries ranked by ${METHOD_LABELS[method].toLowerCase()})` : ""}. The finalists are named to the final-round
        panel; every other entry stays anonymous. It can no longer change.
      </p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">The finalists</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Organisation and title</th>
            <th scope="col">Rationale</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {finalists.map((f) => (
            <tr key={f.nominationId}>
              <th scope="row">
                <code>{f.code}</code>
              </th>
              <td>
                {f.organisation}
                <br />
                <span className="nhsuk-body-s">{f.title || "Untitled"}</span>
              </td>
              <td>
                <span style={{ whiteSpace: "pre-wrap" }}>{f.rationale}</span>
                {meeting[String(f.nominationId)] ? <MeetingRecordSummary record={meeting[String(f.nominationId)]} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

type ChoosingData = {
  method: RankingMethod;
  savedMethod: RankingMethod | null;
  entries: { nominationId: number; code: string; rank: number; score: number; sheets: number }[];
  proposed: number[];
  tieAtCut: { rank: number; codes: string[] } | null;
  picks: number[];
  rationales: Record<string, string>;
  saved: string[];
  meeting: Record<string, MeetingRecordView>;
};

function Choosing({ data, values, errors, n, cycleId }: { data: ChoosingData; values?: Record<string, string>; errors?: Record<string, string>; n: number; cycleId: number }) {
  const posted = values && Object.keys(values).length > 0;
  const proposed = new Set(data.proposed);
  const picked = new Set(data.picks);
  const isTicked = (id: number) => (posted ? values![`pick-${id}`] !== undefined : picked.has(id));
  // Before a rationale is saved, the meeting's agreed position is its first draft.
  const rationale = (id: number) => (posted ? (values![`rationale-${id}`] ?? "") : (data.rationales[String(id)] ?? data.meeting[String(id)]?.agreedPosition ?? ""));
  const path = `/admin/cycles/${cycleId}/shortlist`;
  if (data.entries.length === 0) {
    return <p>No entry has a complete first-round score sheet yet, so there is nothing to rank.</p>;
  }
  return (
    <>
      <h2>Rank the entries by</h2>
      <ul className="nhsuk-list" style={{ display: "flex", gap: "1.5rem", flexWrap: "wrap" }}>
        {RANKING_METHODS.map((m) => (
          <li key={m}>
            {m === data.method ? (
              <strong aria-current="page">{METHOD_LABELS[m]}</strong>
            ) : (
              <Link to={`${path}?method=${m}`}>{METHOD_LABELS[m]}</Link>
            )}
          </li>
        ))}
      </ul>
      <p>
        The proposal is the top {n} by {METHOD_LABELS[data.method].toLowerCase()}:{" "}
        {data.proposed.map((id) => data.entries.find((e) => e.nominationId === id)?.code).join(", ")}.{" "}
        {data.saved.length
          ? `A shortlist of ${data.saved.length} is saved${data.savedMethod ? ` (ranked by ${METHOD_LABELS[data.savedMethod].toLowerCase()})` : ""}: its picks are ticked below.`
          : "Nothing is saved yet: the proposal is ticked below."}
      </p>
      {data.tieAtCut ? (
        <Warning title="A tie at the cut">
          <p>
            Entries {data.tieAtCut.codes.join(", ")} share rank {data.tieAtCut.rank}. The proposal breaks the tie by judging code only: decide which to
            shortlist and say why.
          </p>
        </Warning>
      ) : null}

      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="method" value={data.method} />
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">Finalists</h2>
          </legend>
          <div className="nhsuk-hint">Tick each finalist and give the reason for choosing it. Entries are listed by their rank.</div>
          {data.entries.map((e) => {
            const error = errors?.[`rationale-${e.nominationId}`];
            const pickError = errors?.[`pick-${e.nominationId}`];
            return (
              <div key={e.nominationId} className={`nhsuk-form-group${error || pickError ? " nhsuk-form-group--error" : ""}`} style={{ borderBottom: "1px solid #d8dde0", paddingBottom: "1rem" }}>
                {pickError ? (
                  <span className="nhsuk-error-message" id={`pick-${e.nominationId}-error`}>
                    <span className="nhsuk-u-visually-hidden">Error:</span> {pickError}
                  </span>
                ) : null}
                <div className="nhsuk-checkboxes">
                  <div className="nhsuk-checkboxes__item">
                    <input
                      className="nhsuk-checkboxes__input"
                      id={`pick-${e.nominationId}`}
                      name={`pick-${e.nominationId}`}
                      type="checkbox"
                      value="yes"
                      defaultChecked={isTicked(e.nominationId)}
                      aria-describedby={pickError ? `pick-${e.nominationId}-error` : undefined}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`pick-${e.nominationId}`}>
                      Entry {e.code}: rank {e.rank}, {e.score.toFixed(1)}% from {e.sheets} {e.sheets === 1 ? "sheet" : "sheets"}
                      {proposed.has(e.nominationId) ? (
                        <>
                          {" "}
                          <Tag colour="blue">Proposed</Tag>
                        </>
                      ) : null}
                    </label>
                  </div>
                </div>
                {data.meeting[String(e.nominationId)] ? <MeetingRecordSummary record={data.meeting[String(e.nominationId)]} /> : null}
                <label className="nhsuk-label" htmlFor={`rationale-${e.nominationId}`}>
                  Rationale for Entry {e.code}
                </label>
                {error ? (
                  <span className="nhsuk-error-message" id={`rationale-${e.nominationId}-error`}>
                    <span className="nhsuk-u-visually-hidden">Error:</span> {error}
                  </span>
                ) : null}
                <textarea
                  className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
                  id={`rationale-${e.nominationId}`}
                  name={`rationale-${e.nominationId}`}
                  rows={2}
                  defaultValue={rationale(e.nominationId)}
                  aria-describedby={error ? `rationale-${e.nominationId}-error` : undefined}
                  aria-invalid={error ? true : undefined}
                />
              </div>
            );
          })}
        </fieldset>
        <Button>Save shortlist</Button>
      </Form>

      {data.saved.length ? (
        <>
          <h2>Confirm the shortlist</h2>
          <p>Confirming uses the saved shortlist ({data.saved.join(", ")}); save any changes first.</p>
          <Warning title="This cannot be undone">
            <p>
              Confirming reveals the finalists&apos; organisations to the final-round panel and e-mails each finalist that they are a finalist. The
              shortlist cannot change afterwards. Entries not shortlisted stay anonymous.
            </p>
          </Warning>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <Button variant="warning">Confirm shortlist and reveal the finalists to the final-round panel</Button>
          </Form>
        </>
      ) : null}
    </>
  );
}
