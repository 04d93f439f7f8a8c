// Choosing the finalists: how the entries are ranked, the proposal (the method's top N) and any tie
// at the cut, and the form with a tick and a rationale for each entry, in rank order.
import { Form, Link } from "@remix-run/react";
import { Warning } from "~/components/judging-admin";
import { MeetingRecordSummary, type MeetingRecordView } from "~/components/meeting-record";
import { IntentButton, Tag } from "~/components/nhsuk";
import type { Posted } from "~/components/posted";
import { RANKING_METHOD_LABELS, RANKING_METHODS, type RankingMethod } from "~/domain/results";

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

type Entry = ChoosingData["entries"][number];

/** One entry: its tick (with its rank, score and sheets) and the rationale for choosing it. */
function EntryChoice({ entry: e, proposed, ticked, rationale, errors, meeting }: { entry: Entry; proposed: boolean; ticked: boolean; rationale: string; errors: Posted["errors"]; meeting?: MeetingRecordView }) {
  const error = errors?.[`rationale-${e.nominationId}`];
  const pickError = errors?.[`pick-${e.nominationId}`];
  return (
    <div className={`nhsuk-form-group${error || pickError ? " nhsuk-form-group--error" : ""}`} style={{ borderBottom: "1px solid #d8dde0", paddingBottom: "1rem" }}>
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
            defaultChecked={ticked}
            aria-describedby={pickError ? `pick-${e.nominationId}-error` : undefined}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`pick-${e.nominationId}`}>
            Entry {e.code}: rank {e.rank}, {e.score.toFixed(1)}% from {e.sheets} {e.sheets === 1 ? "sheet" : "sheets"}
            {proposed ? (
              <>
                {" "}
                <Tag colour="blue">Proposed</Tag>
              </>
            ) : null}
          </label>
        </div>
      </div>
      {meeting ? <MeetingRecordSummary record={meeting} /> : null}
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
        defaultValue={rationale}
        aria-describedby={error ? `rationale-${e.nominationId}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

export function ChooseSection({ data, posted, n, cycleId }: { data: ChoosingData; posted: Posted; n: number; cycleId: number }) {
  const sent = posted.sent.intent === "save" ? posted.sent : null;
  const proposed = new Set(data.proposed);
  const picked = new Set(data.picks);
  const isTicked = (id: number) => (sent ? sent[`pick-${id}`] !== undefined : picked.has(id));
  const rationale = (id: number) => (sent ? (sent[`rationale-${id}`] ?? "") : (data.rationales[String(id)] ?? data.meeting[String(id)]?.agreedPosition ?? ""));
  // (Before a rationale is saved, the meeting's agreed position is its first draft.)
  const path = `/admin/cycles/${cycleId}/shortlist`;
  const label = (m: RankingMethod) => RANKING_METHOD_LABELS[m];
  if (data.entries.length === 0) {
    return <p>No entry has a complete first-round score sheet yet, so there is nothing to rank.</p>;
  }
  return (
    <>
      <h2>Rank the entries by</h2>
      <ul className="nhsuk-list" style={{ display: "flex", gap: "1.5rem", flexWrap: "wrap" }}>
        {RANKING_METHODS.map((m) => (
          <li key={m}>{m === data.method ? <strong aria-current="page">{label(m)}</strong> : <Link to={`${path}?method=${m}`}>{label(m)}</Link>}</li>
        ))}
      </ul>
      <p>
        The proposal is the top {n} by {label(data.method).toLowerCase()}: {data.proposed.map((id) => data.entries.find((e) => e.nominationId === id)?.code).join(", ")}.{" "}
        {data.saved.length
          ? `A shortlist of ${data.saved.length} is saved${data.savedMethod ? ` (ranked by ${label(data.savedMethod).toLowerCase()})` : ""}: its picks are ticked below.`
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
        <input type="hidden" name="method" value={data.method} />
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">Finalists</h2>
          </legend>
          <div className="nhsuk-hint">Tick each finalist and give the reason for choosing it. Entries are listed by their rank.</div>
          {data.entries.map((e) => (
            <EntryChoice key={e.nominationId} entry={e} proposed={proposed.has(e.nominationId)} ticked={isTicked(e.nominationId)} rationale={rationale(e.nominationId)} errors={posted.errors} meeting={data.meeting[String(e.nominationId)]} />
          ))}
        </fieldset>
        <IntentButton intent="save">Save shortlist</IntentButton>
      </Form>
    </>
  );
}
