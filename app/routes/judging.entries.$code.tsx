// A judge's score sheet: the entry's redacted text beside the criteria, each with its guidance and
// anchored descriptors; whole-number scores, comments, autosave, and submit (which locks the sheet).
// The loader returns only the judge-facing view: a code, redacted text and the cycle's criteria.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import type { ClientActionFunctionArgs, ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Tag } from "~/components/admin";
import { ErrorSummary } from "~/components/forms";
import { useAutosave, type AutosaveAnswer } from "~/components/use-autosave";
import { commentField, isJudgingCode, judgeReadProblem, OVERALL_FIELD, scoreField, scoringProblem, SHEET_PROGRESS_LABELS } from "~/domain/judging";
import { formatUkDeadline } from "~/domain/uk-time";
import { listCriteria } from "~/models/cycles.server";
import { getJudgeSheet, saveScoreSheet } from "~/models/score-sheets.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { requireJudgeWithStatement } from "~/utils/judging-access.server";
import { sheetInput } from "~/utils/judging-forms.server";
import { formatUkClock } from "~/utils/nomination-access.server";
import { notFound } from "~/utils/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.entry.label ?? "Entry"} - Judging - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cycle } = await requireJudgeWithStatement(request);
  const code = params.code ?? "";
  if (!isJudgingCode(code)) notFound();
  // Entries are read in the judging stage only; the reason is given, but never which entry it was.
  const closedForReading = judgeReadProblem(cycle);
  if (closedForReading) throw new Response(closedForReading, { status: 403, statusText: "Forbidden" });
  const view = await getJudgeSheet(getDb(), { cycleId: cycle.id, judgeId: user.id, code });
  if (!view) notFound();
  const values: Record<string, string> = { [OVERALL_FIELD]: view.sheet.overallComment };
  for (const c of view.criteria) {
    const score = view.sheet.scores[c.id];
    values[scoreField(c.id)] = score === null || score === undefined ? "" : String(score);
    values[commentField(c.id)] = view.sheet.comments[c.id] ?? "";
  }
  const closed = scoringProblem(cycle, new Date(), view.sheet.status);
  return {
    entry: view.entry,
    criteria: view.criteria,
    sheet: { status: view.sheet.status, revision: view.sheet.revision, savedAt: view.sheet.savedAt, savedText: view.sheet.savedAt ? formatUkClock(view.sheet.savedAt) : null },
    values,
    readOnly: closed,
    deadline: cycle.judging_close_at ? formatUkDeadline(cycle.judging_close_at) : null,
  };
}

type SheetAnswer = AutosaveAnswer & { values?: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const autosave = new URL(request.url).searchParams.has("autosave");
  let context;
  try {
    context = await requireJudgeWithStatement(request);
  } catch (error) {
    // An autosave after the session ended must not navigate away from what is being typed.
    const status = error && typeof error === "object" && "status" in error ? Number(error.status) : 0;
    if (autosave && status >= 300 && status < 400) {
      return data<SheetAnswer>({ saved: false, problem: "you have been signed out. Sign in again in another tab, then come back to this one" }, { status: 401 });
    }
    throw error;
  }
  const { user, cycle } = context;
  const code = params.code ?? "";
  if (!isJudgingCode(code)) notFound();
  const db = getDb();
  const formData = await readForm(request);
  const criteria = await listCriteria(db, cycle.id);
  const input = sheetInput(formData, criteria.map((c) => c.id));
  const mode = input.intent === "submit" ? "submit" : "draft";
  const result = await saveScoreSheet(db, { cycleId: cycle.id, judgeId: user.id, code, input, mode, revision: input.revision });
  const values = Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  if (result.ok) {
    if (mode === "submit") return redirect("/judging?notice=submitted");
    return data<SheetAnswer>({ saved: true, revision: result.revision, savedAtText: formatUkClock(result.savedAt) });
  }
  switch (result.reason) {
    case "invalid":
      return data<SheetAnswer>({ saved: false, problem: "some answers need attention", errors: result.errors, values }, { status: 400 });
    case "stale":
      return data<SheetAnswer>({ saved: false, stale: true, values, problem: "this score sheet was saved in another tab or window after you opened it. Copy anything you need, then reload the page" }, { status: 409 });
    case "closed":
      return data<SheetAnswer>({ saved: false, values, problem: result.problem }, { status: 403 });
    default:
      notFound();
  }
}

/** A lost connection during an autosave is an answer on the page, not an error page. */
export async function clientAction({ request, serverAction }: ClientActionFunctionArgs) {
  if (!new URL(request.url).searchParams.has("autosave")) return serverAction();
  try {
    return await serverAction();
  } catch (error) {
    if (error instanceof Response) throw error;
    return { saved: false, problem: "the connection to the server was lost" } satisfies AutosaveAnswer;
  }
}

export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, defaultShouldRevalidate }) =>
  formAction?.includes("autosave") ? false : defaultShouldRevalidate;

export default function ScoreSheetPage() {
  const { entry } = useLoaderData<typeof loader>();
  return <ScoreSheet key={entry.code} />;
}

function ScoreSheet() {
  const { entry, criteria, sheet, values: saved, readOnly, deadline } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SheetAnswer | undefined;
  const initial = actionData && !actionData.saved && actionData.values ? { ...saved, ...actionData.values } : saved;
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useAutosave({
    formRef,
    action: `/judging/entries/${entry.code}`,
    storageKey: `hpma:sheet:${entry.code}`,
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
        <Link className="nhsuk-back-link__link" to="/judging">
          Back to your entries
        </Link>
      </div>
      <ErrorSummary errors={errors} order={order} />
      <span className="nhsuk-caption-l">{entry.label}</span>
      <h1>{entry.title || "Untitled initiative"}</h1>
      <p>
        <Tag colour={progress === "submitted" ? "green" : progress === "draft" ? "yellow" : "grey"}>{SHEET_PROGRESS_LABELS[progress]}</Tag>{" "}
        {sheet.savedText ? `Last saved at ${sheet.savedText}.` : "Not saved yet."}
        {deadline ? ` Submit by ${deadline} (UK time).` : null}
      </p>
      {readOnly ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Read only
            </span>
          </h2>
          <p>{readOnly}.</p>
        </div>
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
                  <div className="nhsuk-warning-callout">
                    <h3 className="nhsuk-warning-callout__label">
                      <span role="text">
                        <span className="nhsuk-u-visually-hidden">Important: </span>
                        {autosave.status.kind === "stale" ? "Saved somewhere else" : "Not saved"}
                      </span>
                    </h3>
                    <p>{autosave.status.text}</p>
                  </div>
                )
              ) : null}
            </div>
            {readOnly ? null : (
              <>
                <p>When you submit, your score sheet is locked. Only the SPF secretariat can reopen it.</p>
                <div className="nhsuk-button-group">
                  <button className="nhsuk-button" type="submit" name="intent" value="submit">
                    Submit scores
                  </button>
                  <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="save">
                    Save draft
                  </button>
                </div>
              </>
            )}
          </Form>
          {readOnly ? null : (
            <p>
              <Link to={`/judging/entries/${entry.code}/recuse`}>I think I know this organisation: step away from this entry</Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
