// Pieces of the nomination pages: the status tag, the word count (NHS.UK's character count, for words), and a read-only copy of an entry.
import { useEffect, useRef, useState } from "react";
import type { EntryCopy } from "~/domain/nomination-rules";
import { countWords } from "~/domain/word-count";

const STATUS: Record<string, { label: string; colour: string }> = {
  draft: { label: "Draft", colour: "nhsuk-tag--grey" },
  submitted: { label: "Submitted", colour: "nhsuk-tag--blue" },
  withdrawn: { label: "Withdrawn", colour: "nhsuk-tag--red" },
};

export function NominationStatusTag({ status }: { status: string }) {
  const s = STATUS[status] ?? { label: status, colour: "" };
  return <strong className={`nhsuk-tag ${s.colour}`}>{s.label}</strong>;
}

/** How long typing must pause before the count is announced: a screen reader is not interrupted at every word. */
export const ANNOUNCE_COUNT_AFTER_MS = 1000;

/**
 * NHS.UK's character count, for words, written for React (decision 028): a fixed description the field
 * points at ("You can enter up to 250 words"), the count on screen (hidden from screen readers, which
 * would hear it at every word), and the same count announced politely once typing pauses.
 */
export function WordCount({ id, text, limit }: { id: string; text: string; limit: number | null }) {
  const words = countWords(text);
  let message: string;
  if (limit === null) message = `${words} ${words === 1 ? "word" : "words"}`;
  else if (words <= limit) message = `You have ${limit - words} ${limit - words === 1 ? "word" : "words"} remaining`;
  else message = `You have ${words - limit} ${words - limit === 1 ? "word" : "words"} too many`;
  const over = limit !== null && words > limit;
  const [announced, setAnnounced] = useState("");
  const loaded = useRef(false);
  useEffect(() => {
    // Nothing is announced when the page loads, only after a change.
    if (!loaded.current) {
      loaded.current = true;
      return;
    }
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_COUNT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <>
      <div id={id} className="nhsuk-hint nhsuk-character-count__message nhsuk-u-visually-hidden">
        {limit === null ? "There is no word limit" : `You can enter up to ${limit} words`}
      </div>
      <div className={`nhsuk-character-count__status ${over ? "nhsuk-error-message" : "nhsuk-hint"}`} aria-hidden="true">
        {message}
      </div>
      <div className="nhsuk-character-count__sr-status nhsuk-u-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}

/** The entry as a summary list; with changeHref, each row links back to its field on the form. */
export function EntrySummary({ entry, changeHref }: { entry: EntryCopy; changeHref?: (field: string) => string }) {
  const rows: { key: string; label: string; value: string; field: string }[] = [
    { key: "title", label: "Title of the initiative", value: entry.title, field: "title" },
    ...entry.sections.map((s) => ({ key: `s${s.id}`, label: s.title, value: s.text, field: `answer_${s.id}` })),
    ...entry.leads.map((l, i) => ({
      key: `lead${i}`,
      label: l.side,
      value: [l.name, l.role, l.email].filter(Boolean).join("\n"),
      field: i === 0 ? "employer_lead_name" : "staff_lead_name",
    })),
    { key: "unions", label: "Unions involved", value: entry.unions ?? "", field: "unions" },
    { key: "terms", label: "Names to hide from judges", value: entry.identifyingTerms.join("\n"), field: "identifying_terms" },
    { key: "consent", label: "Publish as a case study if shortlisted", value: entry.consentToPublish ? "Yes" : "No", field: "consent_to_publish" },
  ];
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((r) => (
        <div className="nhsuk-summary-list__row" key={r.key}>
          <dt className="nhsuk-summary-list__key">{r.label}</dt>
          <dd className="nhsuk-summary-list__value" style={{ whiteSpace: "pre-wrap" }} dir="auto">
            {r.value || <span className="nhsuk-hint">Not given</span>}
          </dd>
          {changeHref ? (
            <dd className="nhsuk-summary-list__actions">
              <a href={changeHref(r.field)}>
                Change<span className="nhsuk-u-visually-hidden"> {r.label.toLowerCase()}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** One section of the entry form: its guidance, a textarea, and the live word count under it. */
export function SectionField({
  name,
  title,
  guidance,
  limit,
  value,
  error,
  onChange,
}: {
  name: string;
  title: string;
  guidance: string;
  limit: number | null;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const describedBy = [`${name}-hint`, error ? `${name}-error` : null, `${name}-count`].filter(Boolean).join(" ");
  return (
    <div className={`nhsuk-form-group nhsuk-character-count${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={name}>
        {title}
      </label>
      <div className="nhsuk-hint" id={`${name}-hint`}>
        {guidance}
        {limit !== null ? ` Up to ${limit} words.` : ""}
      </div>
      {error ? (
        <span className="nhsuk-error-message" id={`${name}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <textarea
        className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
        id={name}
        name={name}
        rows={8}
        dir="auto"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      <WordCount id={`${name}-count`} text={value} limit={limit} />
    </div>
  );
}
