// Words to hide in a judges' copy (an entry's review page, the practice entry): the entrant's own,
// those added at review (each removable), and a form to hide more words or a pasted passage by hand.
import { Form } from "@remix-run/react";
import { Button, Radios, Textarea } from "~/components/forms";
import { REDACTION_KIND_LABELS } from "~/components/judging-admin";
import type { RedactionTermKind } from "~/domain/vocabulary";

type Props = {
  entrantTerms: string[];
  terms: { id: number; text: string; kind: RedactionTermKind }[];
  errors?: Partial<Record<string, string>>;
  addValues: Partial<Record<string, string>>;
};

export function TermsSection({ entrantTerms, terms, errors, addValues }: Props) {
  return (
    <>
      <h2 id="terms" tabIndex={-1}>
        Words to hide
      </h2>
      <h3>From the entrant</h3>
      {entrantTerms.length === 0 ? (
        <p>The entrant listed no words to hide.</p>
      ) : (
        <ul>
          {entrantTerms.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <h3>Added at review</h3>
      {terms.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <dl className="nhsuk-summary-list">
          {terms.map((t) => (
            <div className="nhsuk-summary-list__row" key={t.id}>
              <dt className="nhsuk-summary-list__key" style={{ whiteSpace: "pre-line" }}>
                {t.text}
              </dt>
              <dd className="nhsuk-summary-list__value">{REDACTION_KIND_LABELS[t.kind]}</dd>
              <dd className="nhsuk-summary-list__actions">
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-term" />
                  <input type="hidden" name="termId" value={t.id} />
                  <input type="hidden" name="termText" value={t.text} />
                  <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit">
                    Remove<span className="nhsuk-u-visually-hidden"> “{t.text}” from the words to hide</span>
                  </button>
                </Form>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h3>Hide more words</h3>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="add-term" />
            <Textarea
              name="text"
              label="Words to hide"
              hint="A name, a place, a programme, or a whole passage pasted exactly as it is written, to hide it by hand. Every place they appear is hidden."
              error={errors?.text}
              defaultValue={addValues.text}
              rows={2}
            />
            <Radios
              name="kind"
              legend="What are they?"
              hint="Judges see this in their place, such as [person]"
              error={errors?.kind}
              defaultValue={addValues.kind}
              options={Object.entries(REDACTION_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <Button variant="secondary">Hide these words</Button>
          </Form>
        </div>
      </div>

    </>
  );
}
