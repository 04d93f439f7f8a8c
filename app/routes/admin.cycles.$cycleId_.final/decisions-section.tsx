// The embargoed decisions: the winner, any highly commended finalists and the panel's rationale for
// each, with how many final-round score sheets are in. Recording them before every sheet is in takes
// a tick and a reason, which the audit log keeps. After publication, the decisions as announced.
import { Form } from "@remix-run/react";
import { Checkboxes, Radios, Textarea } from "~/components/forms";
import { Warning } from "~/components/judging-admin";
import { IntentButton, SummaryList } from "~/components/nhsuk";
import type { Posted } from "~/components/posted";
import type { FinalPageData } from "./page-data";

type Data = Pick<FinalPageData, "cycle" | "finalists" | "decisions" | "caseStudies" | "sheets">;

/** The tick and the reason, shown while some final-round score sheets are not in. */
function SheetsNotInFields({ sent, errors }: { sent: Posted["sent"] | null; errors: Posted["errors"] }) {
  return (
    <>
      <Checkboxes
        name="sheets_confirmed"
        legend="Record the decisions before every score sheet is in"
        hint="The panel's sheets are how its decision is checked afterwards. Record the decisions now only if the panel has decided without them."
        error={errors?.sheets_confirmed}
        options={[{ value: "yes", label: "I confirm that the panel has decided, although not every final-round score sheet is submitted" }]}
        checked={new Set(sent?.sheets_confirmed ? [sent.sheets_confirmed] : [])}
      />
      <Textarea
        name="sheets_reason"
        label="Why the decisions cannot wait for every score sheet"
        hint="Kept in the audit log with the decisions and the number of sheets that were in"
        error={errors?.sheets_reason}
        defaultValue={sent?.sheets_reason}
        rows={3}
      />
    </>
  );
}

function DecisionsForm({ data: { finalists, decisions, sheets }, posted }: { data: Data; posted: Posted }) {
  const sent = posted.sent.intent === "decisions" ? posted.sent : null;
  const { errors } = posted;
  const winner = sent ? sent.winner : String(decisions.find((d) => d.result === "winner")?.nominationId ?? "");
  const hc = new Set(sent ? (sent.hc ?? "").split(",").filter(Boolean) : decisions.filter((d) => d.result === "highly_commended").map((d) => String(d.nominationId)));
  const rationale = (nominationId: number) => (sent ? sent[`rationale_${nominationId}`] : decisions.find((d) => d.nominationId === nominationId)?.rationale);
  const label = (f: (typeof finalists)[number]) => `${f.organisation} (Entry ${f.code})`;
  return (
    <Form method="post" noValidate>
      <Radios
        name="winner"
        legend="Winner"
        hint="Choose one finalist"
        error={errors?.winner}
        defaultValue={winner}
        options={finalists.map((f) => ({ value: String(f.nominationId), label: label(f), hint: f.title || "Untitled" }))}
      />
      <Checkboxes
        name="hc"
        legend="Highly commended (optional)"
        hint="Any other finalists the panel highly commends"
        error={errors?.hc}
        options={finalists.map((f) => ({ value: String(f.nominationId), label: label(f) }))}
        checked={hc}
      />
      <h3>Rationale</h3>
      <p className="nhsuk-hint">Give the panel's rationale for the winner and for each highly commended finalist.</p>
      {finalists.map((f) => (
        <Textarea
          key={f.nominationId}
          name={`rationale_${f.nominationId}`}
          label={`Rationale for ${label(f)}`}
          hint="Needed if this finalist is the winner or highly commended"
          error={errors?.[`rationale_${f.nominationId}`]}
          defaultValue={rationale(f.nominationId)}
          rows={3}
        />
      ))}
      {sheets.allIn ? null : <SheetsNotInFields sent={sent} errors={errors} />}
      <IntentButton intent="decisions">Record the decisions</IntentButton>
    </Form>
  );
}

export function DecisionsSection({ data, posted }: { data: Data; posted: Posted }) {
  const { cycle, finalists, decisions, caseStudies, sheets } = data;
  const nameOf = (nominationId: number) =>
    finalists.find((f) => f.nominationId === nominationId)?.organisation ?? caseStudies.find((c) => c.nominationId === nominationId)?.organisation ?? `Entry ${nominationId}`;
  if (cycle.published) {
    return (
      <>
        {decisions.length === 0 ? (
          <p>No decisions were recorded.</p>
        ) : (
          <SummaryList
            rows={decisions.map((d) => ({
              key: d.label,
              value: (
                <>
                  <strong>{nameOf(d.nominationId)}</strong>
                  <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">{d.rationale}</p>
                </>
              ),
            }))}
          />
        )}
      </>
    );
  }
  return (
    <>
      {!cycle.confirmed ? (
        <p>The winner is chosen from the finalists once the shortlist is confirmed.</p>
      ) : (
        <>
          <Warning title="Embargoed until the announcement">
            <p>Only the secretariat sees these decisions. Finalists, judges and the public see nothing of them until the results are published.</p>
          </Warning>
          {sheets.allIn ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>{sheets.sentence}</p>
            </div>
          ) : (
            <Warning title="Not every final-round score sheet is in">
              <p>{sheets.sentence} To record the decisions before the rest are in, confirm it below and give the reason.</p>
            </Warning>
          )}
          {cycle.decisionsOpen ? <DecisionsForm data={data} posted={posted} /> : <p>Decisions are recorded in the shortlisting or final round stage.</p>}
        </>
      )}
    </>
  );
}
