// The score sheet a judge fills in, for the first round (the redacted entry) and the final round
// (the finalist, named once the shortlist is confirmed): the entry beside the criteria, autosave, and
// submit (from a check of the answers on the next page, except on the practice sheet). Routes load the data
// and pass it in; the component never asks for more than it is given.
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { Tag, WarningCallout } from "~/components/nhsuk";
import { ErrorSummary } from "~/components/forms";
import { useAutosave } from "~/components/use-autosave";
import type { Descriptor } from "~/domain/criteria";
import { commentField, OVERALL_FIELD, scoreField, SHEET_PROGRESS_LABELS, type CriterionForScoring, type JudgeEntryView, type SheetAnswer } from "~/domain/judging";

export type ScoreSheetProps = {
  entry: JudgeEntryView & { organisation?: string };
  criteria: (CriterionForScoring & { guidance: string; weight: number; descriptors: Descriptor[] })[];
  sheet: { status: "draft" | "submitted" | null; revision: number; savedAt: string | null; savedText: string | null };
  values: Record<string, string>;
  readOnly: string | null;
  deadline: string | null;
  /** The route's URL: the form posts there, and its autosave to it with ?autosave=1. */
  action: string;
  backTo: { href: string; label: string };
  /** Where a judge steps away from this entry (first round only). */
  recuseHref?: string;
  /** The sheet is submitted from a check of the answers (both rounds; not the practice sheet): its main button goes there. */
  checksFirst?: boolean;
  /** The first round's comments may become the entrant's feedback (decision 038): the judge is told so. */
  sharedAsFeedback?: boolean;
  actionData: SheetAnswer | undefined;
  /** Shown under the heading: what this sheet is for, where that needs saying (the practice entry). */
  intro?: ReactNode;
  /** What submitting means, where it differs from a real sheet's (which only the secretariat reopens). */
  submitNote?: string;
};

/**
 * A score sheet: the entry's text beside the criteria, each with its guidance and anchored
 * descriptors; whole-number scores, comments, autosave, and submit (which locks the sheet).
 */
export function ScoreSheet({ entry, criteria, sheet, values: saved, readOnly, deadline, action, backTo, recuseHref, checksFirst, sharedAsFeedback = false, actionData, intro, submitNote }: ScoreSheetProps) {
  const initial = actionData && !actionData.saved && actionData.values ? { ...saved, ...actionData.values } : saved;
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useAutosave({
    formRef,
    action,
    storageKey: `hpma:sheet:${action}`,
    revision: sheet.revision,
    savedAt: sheet.savedAt,
    savedValues: saved,
    readOnly: Boolean(readOnly),
  });
  const { settle } = autosave;
  useEffect(() => settle(actionData), [actionData, settle]);
  const fetched = autosave.answer && !autosave.answer.saved ? autosave.answer.errors : undefined;
  const errors = (actionData && !actionData.saved ? actionData.errors : undefined) ?? fetched;
  const order = [...criteria.flatMap((c) => [scoreField(c.id), commentField(c.id)]), OVERALL_FIELD];
  const progress = sheet.status ?? "not_started";

  return (
    <>
      <div className="nhsuk-back-link">
        <Link className="nhsuk-back-link__link" to={backTo.href}>
          {backTo.label}
        </Link>
      </div>
      <ErrorSummary errors={errors} order={order} />
      <span className="nhsuk-caption-l">{entry.organisation ? `${entry.label}: ${entry.organisation}` : entry.label}</span>
      <h1>{entry.title || "Untitled initiative"}</h1>
      <p>
        <Tag colour={progress === "submitted" ? "green" : progress === "draft" ? "yellow" : "grey"}>{SHEET_PROGRESS_LABELS[progress]}</Tag>{" "}
        {(autosave.savedAtText ?? sheet.savedText) ? `Last saved at ${autosave.savedAtText ?? sheet.savedText}.` : "Not saved yet."}
        {deadline ? ` Submit by ${deadline} (UK time).` : null}
      </p>
      {intro}
      {readOnly ? (
        <WarningCallout heading="Read only">
          <p>{readOnly}.</p>
        </WarningCallout>
      ) : null}
      {autosave.restored ? (
        <div className="nhsuk-inset-text" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{autosave.restored}</p>
        </div>
      ) : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <h2>The entry</h2>
          {entry.sections.map((s) => (
            <section key={s.id} aria-labelledby={`section-${s.id}`}>
              <h3 id={`section-${s.id}`}>{s.title}</h3>
              {s.text
                .split(/\n{2,}/)
                .filter((p) => p.trim())
                .map((p, i) => (
                  <p key={i} dir="auto" style={{ whiteSpace: "pre-line" }}>
                    {p}
                  </p>
                ))}
              {s.text.trim() ? null : <p className="nhsuk-body-s">No answer.</p>}
            </section>
          ))}
        </div>
        <div className="nhsuk-grid-column-one-half">
          <h2>Your scores</h2>
          {sharedAsFeedback ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>
                Your comments may be shared with the entrant as feedback after the announcement. The SPF secretariat may edit them, and shares them
                without your name or judge code.
              </p>
            </div>
          ) : null}
          <Form
            method="post"
            noValidate
            ref={formRef}
            data-autosave={autosave.ready && !readOnly ? "ready" : undefined}
            onChange={readOnly ? undefined : autosave.onChange}
            onBlur={readOnly ? undefined : autosave.onBlur}
            onSubmit={readOnly ? undefined : autosave.onSubmit}
          >
            <input type="hidden" name="revision" value={autosave.revision} />
            <fieldset className="nhsuk-fieldset" disabled={Boolean(readOnly)}>
              <legend className="nhsuk-u-visually-hidden">Your scores for {entry.label}</legend>
              {criteria.map((c) => {
                const scoreError = errors?.[scoreField(c.id)];
                const commentError = errors?.[commentField(c.id)];
                return (
                  <div key={c.id} className="nhsuk-card">
                    <div className="nhsuk-card__content">
                      <h3 className="nhsuk-card__heading">{c.title}</h3>
                      <p className="nhsuk-body-s">Weight {c.weight}. {c.guidance}</p>
                      {c.descriptors.length ? (
                        <details className="nhsuk-details">
                          <summary className="nhsuk-details__summary">
                            <span className="nhsuk-details__summary-text">What scores look like</span>
                          </summary>
                          <div className="nhsuk-details__text">
                            <dl>
                              {c.descriptors.map((d) => (
                                <div key={d.score}>
                                  <dt>
                                    <strong>{d.score}</strong>
                                  </dt>
                                  <dd>{d.text}</dd>
                                </div>
                              ))}
                            </dl>
                          </div>
                        </details>
                      ) : null}
                      <div className={`nhsuk-form-group${scoreError ? " nhsuk-form-group--error" : ""}`}>
                        <label className="nhsuk-label" htmlFor={scoreField(c.id)}>
                          Score for “{c.title}”, from {c.scale_min} to {c.scale_max}
                        </label>
                        {scoreError ? (
                          <span className="nhsuk-error-message" id={`${scoreField(c.id)}-error`}>
                            <span className="nhsuk-u-visually-hidden">Error:</span> {scoreError}
                          </span>
                        ) : null}
                        <input
                          className={`nhsuk-input nhsuk-input--width-2${scoreError ? " nhsuk-input--error" : ""}`}
                          id={scoreField(c.id)}
                          name={scoreField(c.id)}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          defaultValue={initial[scoreField(c.id)]}
                          aria-describedby={scoreError ? `${scoreField(c.id)}-error` : undefined}
                        />
                      </div>
                      <div className={`nhsuk-form-group${commentError ? " nhsuk-form-group--error" : ""}`}>
                        <label className="nhsuk-label" htmlFor={commentField(c.id)}>
                          Comment on “{c.title}” (optional)
                        </label>
                        {commentError ? (
                          <span className="nhsuk-error-message" id={`${commentField(c.id)}-error`}>
                            <span className="nhsuk-u-visually-hidden">Error:</span> {commentError}
                          </span>
                        ) : null}
                        <textarea
                          className={`nhsuk-textarea${commentError ? " nhsuk-textarea--error" : ""}`}
                          id={commentField(c.id)}
                          name={commentField(c.id)}
                          rows={3}
                          dir="auto"
                          defaultValue={initial[commentField(c.id)]}
                          aria-describedby={commentError ? `${commentField(c.id)}-error` : undefined}
                        />
                      </div>
                    </div>
                  </div>
                );
              })}
              <div className={`nhsuk-form-group${errors?.[OVERALL_FIELD] ? " nhsuk-form-group--error" : ""}`}>
                <label className="nhsuk-label nhsuk-label--s" htmlFor={OVERALL_FIELD}>
                  Overall comment
                </label>
                <div className="nhsuk-hint" id={`${OVERALL_FIELD}-hint`}>
                  Needed when you submit. What stood out, for better or worse?
                </div>
                {errors?.[OVERALL_FIELD] ? (
                  <span className="nhsuk-error-message" id={`${OVERALL_FIELD}-error`}>
                    <span className="nhsuk-u-visually-hidden">Error:</span> {errors[OVERALL_FIELD]}
                  </span>
                ) : null}
                <textarea
                  className={`nhsuk-textarea${errors?.[OVERALL_FIELD] ? " nhsuk-textarea--error" : ""}`}
                  id={OVERALL_FIELD}
                  name={OVERALL_FIELD}
                  rows={5}
                  dir="auto"
                  defaultValue={initial[OVERALL_FIELD]}
                  aria-describedby={`${OVERALL_FIELD}-hint${errors?.[OVERALL_FIELD] ? ` ${OVERALL_FIELD}-error` : ""}`}
                />
              </div>
            </fieldset>
            <div aria-live="polite" className="nhsuk-u-margin-bottom-4" id="save-status">
              {autosave.status ? (
                autosave.status.kind === "saved" ? (
                  <p className="nhsuk-body-s">{autosave.status.text}</p>
                ) : (
                  <WarningCallout heading={autosave.status.kind === "stale" ? "Saved somewhere else" : "Not saved"} level={3}>
                    <p>{autosave.status.text}</p>
                  </WarningCallout>
                )
              ) : null}
            </div>
            {readOnly ? null : (
              <>
                {checksFirst ? (
                  <p>Next you check your scores and comments, then submit them. When you submit, your score sheet is locked. Only the SPF secretariat can reopen it.</p>
                ) : (
                  <p>{submitNote ?? "When you submit, your score sheet is locked. Only the SPF secretariat can reopen it."}</p>
                )}
                <div className="nhsuk-button-group">
                  {checksFirst ? (
                    <button className="nhsuk-button" type="submit" name="intent" value="check">
                      Continue to check your scores
                    </button>
                  ) : (
                    <button className="nhsuk-button" type="submit" name="intent" value="submit">
                      Submit scores
                    </button>
                  )}
                  <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="save">
                    Save draft
                  </button>
                </div>
              </>
            )}
          </Form>
          {readOnly || !recuseHref ? null : (
            <p>
              <Link to={recuseHref}>I think I know this organisation: step away from this entry</Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}

export { autosaveClientAction as scoreSheetClientAction, autosaveShouldRevalidate as scoreSheetShouldRevalidate } from "~/components/use-autosave";
