// Calibration before scoring (decision 037): the practice entry the secretariat chooses from the
// archive, the judges' copy of it, and who has calibrated.
import { Form } from "@remix-run/react";
import { Select } from "~/components/forms";
import { IntentButton, Table, Tag } from "~/components/nhsuk";
import { FlaggedPhraseRow } from "~/components/flagged-phrase";
import { TermsSection } from "~/components/redaction-terms";
import type { JudgingPageData } from "./page-data";

type Practice = JudgingPageData["practice"];

/** The practice copy's flagged phrases, as on an entry's review page (decision 023), each hidden with one click. */
function PracticeFlags({ flags }: { flags: Practice["flags"] }) {
  return (
    <>
      <h3 id="practiceFlags" tabIndex={-1}>
        Flags in the practice entry
      </h3>
      {flags.length === 0 ? (
        <p>Nothing in the practice entry is flagged.</p>
      ) : (
        <>
          <p>These phrases are not hidden, but could tell a judge which organisation the case study is from. Hide any that would, before judges see it.</p>
          <dl className="nhsuk-summary-list">
            {flags.map((f) => (
              <FlaggedPhraseRow
                key={f.key}
                flag={f}
                actions={
                  <Form method="post" className="nhsuk-u-margin-bottom-0">
                    <input type="hidden" name="flagKey" value={f.key} />
                    <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" name="intent" value="hide-flag">
                      Hide<span className="nhsuk-u-visually-hidden"> “{f.matched}” in the practice entry</span>
                    </button>
                  </Form>
                }
              />
            ))}
          </dl>
        </>
      )}
    </>
  );
}

const STATUS: Record<string, { label: string; colour: "green" | "yellow" | "grey" | "orange" }> = {
  submitted: { label: "Calibrated", colour: "green" },
  draft: { label: "Practice started", colour: "yellow" },
  not_started: { label: "Not started", colour: "grey" },
  conflict: { label: "Not offered (conflict of interest)", colour: "orange" },
  none: { label: "No practice entry", colour: "grey" },
};

export function CalibrationSection({ practice, errors, values }: { practice: Practice; errors?: Record<string, string>; values?: Record<string, string> }) {
  const { entry, candidates, judges } = practice;
  return (
    <>
      <h2 id="calibration">Calibration before scoring</h2>
      <p>
        Choose a past case study from the archive as the practice entry. Before their first score sheet, each judge may score it
        against this cycle's criteria and see where their scores sit against the descriptors and the other judges' (by code only).
        Practice scores never count in the results, the exports or the normalisation. Judges with a conflict of interest with its
        organisation are not offered it.
      </p>
      {entry ? (
        <>
          <p>
            The practice entry is <strong>{entry.organisation}</strong>, {entry.year}
            {entry.title ? `: ${entry.title}` : ""} (chosen {entry.chosenAt}; {entry.redactionCount} hidden in the judges' copy).
          </p>
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">The judges' copy of the practice entry</span>
            </summary>
            <div className="nhsuk-details__text">
              <h3>{entry.copy.title || "Untitled initiative"}</h3>
              {entry.copy.sections.map((s) => (
                <div key={s.id}>
                  <h4>{s.title}</h4>
                  <p style={{ whiteSpace: "pre-line" }}>{s.text}</p>
                </div>
              ))}
            </div>
          </details>
          <PracticeFlags flags={practice.flags} />
          <TermsSection entrantTerms={practice.entrantTerms} terms={practice.terms} errors={errors} addValues={values?.intent === "add-term" ? values : {}} />
        </>
      ) : (
        <p>No practice entry has been chosen for this cycle.</p>
      )}
      {candidates.length ? (
        <Form method="post">
          <Select
            name="archiveEntryId"
            label={entry ? "Change the practice entry" : "Choose the practice entry"}
            hint="Case studies in the archive that say what was done in partnership."
            options={candidates}
            placeholder="Choose a case study"
            error={errors?.archiveEntryId}
            defaultValue={values?.archiveEntryId ?? (entry ? String(entry.archiveEntryId) : "")}
          />
          <IntentButton intent="practice" variant="secondary">
            Use as the practice entry
          </IntentButton>
        </Form>
      ) : (
        <p>The archive has no case study to practise on yet.</p>
      )}
      <Table
        caption="Who has calibrated"
        rows={judges}
        rowKey={(j) => j.id}
        columns={[
          { header: "Judge", rowHeader: true, cell: (j) => j.name },
          { header: "Side", cell: (j) => j.side },
          { header: "Practice entry", cell: (j) => <Tag colour={STATUS[j.status].colour}>{STATUS[j.status].label}</Tag> },
          { header: "Submitted", cell: (j) => j.submittedAt ?? "" },
        ]}
      />
    </>
  );
}
