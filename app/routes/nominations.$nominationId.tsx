// The nomination form. Drafts save on leaving a field and every few seconds of typing, each save
// conditional on the revision it started from; text not yet saved is kept in the browser
// (localStorage) and offered back on the next visit. After the deadline the page is read-only.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ClientActionFunctionArgs, ShouldRevalidateFunction } from "@remix-run/react";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type FocusEvent, type FormEvent } from "react";
import { ErrorSummary } from "~/components/forms";
import { NominationStatusTag, SectionField } from "~/components/nomination";
import { answerField } from "~/domain/nomination-rules";
import { formatUkDeadline } from "~/domain/uk-time";
import { parseIdentifyingTerms, saveDraft } from "~/models/nominations.server";
import { formatUkDateTime } from "~/utils/dates.server";
import { readForm } from "~/utils/forms.server";
import { appDb, preparedTransaction } from "~/models/prepared.server";
import { formatUkClock, loadOwnNomination, requireNominationUser, requireOwnNomination } from "~/utils/nomination-access.server";
import { parseNominationForm } from "~/utils/nomination-forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.nomination.title || "Your nomination"} - HPMA Partnership Award` },
];

const FIXED_FIELDS = [
  "title",
  "employer_lead_name",
  "employer_lead_role",
  "employer_lead_email",
  "staff_lead_name",
  "staff_lead_role",
  "staff_lead_email",
  "unions",
  "identifying_terms",
  "consent_to_publish",
] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { nomination: n, sections, deadline, closedProblem } = await requireOwnNomination(request, params.nominationId);
  const values: Record<string, string> = {
    title: n.title,
    employer_lead_name: n.employer_lead_name ?? "",
    employer_lead_role: n.employer_lead_role ?? "",
    employer_lead_email: n.employer_lead_email ?? "",
    staff_lead_name: n.staff_lead_name ?? "",
    staff_lead_role: n.staff_lead_role ?? "",
    staff_lead_email: n.staff_lead_email ?? "",
    unions: n.unions ?? "",
    identifying_terms: parseIdentifyingTerms(n.identifying_terms).join("\n"),
    consent_to_publish: n.consent_to_publish ? "yes" : "",
  };
  for (const s of sections) values[answerField(s.id)] = n.answers[s.id] ?? "";
  return {
    nomination: {
      id: n.id,
      reference: n.reference,
      title: n.title,
      status: n.status,
      revision: n.revision,
      updatedAt: n.updated_at,
      savedText: `${formatUkDateTime(n.updated_at)}${n.updated_by_name ? ` by ${n.updated_by_name}` : ""}`,
      changedSinceSubmission: n.status === "draft" && n.submitted_hash !== null,
    },
    values,
    sections: sections.map((s) => ({ id: s.id, title: s.title, guidance: s.guidance, wordLimit: s.word_limit })),
    readOnly: closedProblem ? `${closedProblem}${deadline ? `: nominations closed at ${formatUkDeadline(deadline)} (UK time)` : ""}. You can no longer change this nomination.` : n.status === "withdrawn" ? "This nomination has been withdrawn. It can no longer be changed." : null,
    deadline: deadline ? formatUkDeadline(deadline) : null,
  };
}

/** What a save answers, for the page and for the autosave fetcher alike. */
type SaveAnswer =
  | { saved: true; revision: number; savedAtText: string; status: string }
  | { saved: false; problem: string; errors?: Record<string, string>; values?: Record<string, string>; stale?: boolean };

export async function action({ request, params }: ActionFunctionArgs) {
  const autosave = new URL(request.url).searchParams.has("autosave");
  let access;
  try {
    access = await requireNominationUser(request, params.nominationId);
  } catch (error) {
    // An autosave after the session ended must not navigate away from the text being typed.
    const status = error && typeof error === "object" && "status" in error ? Number(error.status) : 0;
    if (autosave && status >= 300 && status < 400) {
      return data<SaveAnswer>({ saved: false, problem: "you have been signed out. Sign in again in another tab, then come back to this one" }, { status: 401 });
    }
    throw error;
  }
  const { user, id } = access;
  // The body is read before the transaction (which holds the one database connection), but a body
  // that cannot be read is answered only once the nomination is known to be theirs, as before.
  const form = await readForm(request).then(
    (formData) => ({ formData }),
    (error: unknown) => ({ error }),
  );
  // The access check's reads and the save in one transaction: saveDraft is handed what was just read
  // (nomination, cycle, deadline, form) instead of reading it all again, and nothing can change between.
  const outcome = await preparedTransaction(appDb(), async (trx) => {
    const { nomination, cycle, deadline, sections } = await loadOwnNomination(trx, user, id, { withAnswers: false });
    if ("error" in form) throw form.error;
    const parsed = parseNominationForm(form.formData, sections.map((s) => s.id));
    if (!parsed.ok) return { kind: "invalid" as const, parsed };
    const result = await saveDraft(trx, {
      id: nomination.id,
      organisationId: user.organisation.id,
      userId: user.id,
      expectedRevision: parsed.revision,
      fields: parsed.fields,
      answers: parsed.answers,
      state: { nomination, cycle, deadline, sections },
    });
    return { kind: "tried" as const, parsed, result, formData: form.formData };
  });
  if (outcome.kind === "invalid") {
    const { errors, values } = outcome.parsed;
    return data<SaveAnswer>({ saved: false, problem: "some answers are too long", errors, values }, { status: 400 });
  }
  const { parsed, result, formData } = outcome;
  if (result.ok) {
    if (parsed.intent === "continue") return redirect(`/nominations/${id}/submit`);
    return data<SaveAnswer>({ saved: true, revision: result.revision, savedAtText: formatUkClock(result.savedAt), status: result.status });
  }
  const values = Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  switch (result.reason) {
    case "stale":
      return data<SaveAnswer>(
        {
          saved: false,
          stale: true,
          values,
          problem: `${result.current.updatedBy ?? "someone else"} saved this nomination at ${formatUkDateTime(result.current.updatedAt)}, after you opened it. Copy any text you need, then reload the page to see their version`,
        },
        { status: 409 },
      );
    case "too_long":
      return data<SaveAnswer>({ saved: false, problem: "some answers are far too long", errors: result.problems, values }, { status: 400 });
    case "closed":
      return data<SaveAnswer>(
        { saved: false, values, problem: `${result.problem}${result.deadline ? `: nominations closed at ${formatUkDeadline(result.deadline)} (UK time)` : ""}` },
        { status: 403 },
      );
    case "withdrawn":
      return data<SaveAnswer>({ saved: false, values, problem: "this nomination has been withdrawn" }, { status: 403 });
    default:
      throw new Response("Not Found", { status: 404 });
  }
}

/** A lost connection during an autosave is an answer on the page, not an error page. */
export async function clientAction({ request, serverAction }: ClientActionFunctionArgs) {
  if (!new URL(request.url).searchParams.has("autosave")) return serverAction();
  try {
    return await serverAction();
  } catch (error) {
    if (error instanceof Response) throw error;
    return { saved: false, problem: "the connection to the server was lost" } satisfies SaveAnswer;
  }
}

// An autosave changes nothing the page shows from its loader, so the loader is not asked again.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, defaultShouldRevalidate }) =>
  formAction?.includes("autosave") ? false : defaultShouldRevalidate;

const AUTOSAVE_EVERY_MS = 5000;
const storageKey = (id: number) => `hpma:nomination:${id}`;
type Stored = { at: string; revision: number; values: Record<string, string> };

function readStored(id: number): Stored | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function formEntries(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of new FormData(form).entries()) if (typeof v === "string" && k !== "intent" && k !== "revision") values[k] = v;
  return values;
}

// Keyed by nomination: moving from one nomination to another starts the form afresh, so one's text,
// revision and browser copy can never be carried into the other.
export default function NominationPage() {
  const { nomination } = useLoaderData<typeof loader>();
  return <NominationForm key={nomination.id} />;
}

function NominationForm() {
  const { nomination, values: saved, sections, readOnly, deadline } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SaveAnswer | undefined;
  const fetcher = useFetcher<SaveAnswer>({ key: `autosave-${nomination.id}` });
  const initial = actionData && !actionData.saved && actionData.values ? { ...saved, ...actionData.values } : saved;
  const formRef = useRef<HTMLFormElement>(null);
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(sections.map((s) => [answerField(s.id), initial[answerField(s.id)] ?? ""])),
  );
  const [revision, setRevision] = useState(nomination.revision);
  const revisionRef = useRef(nomination.revision);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [status, setStatus] = useState<{ kind: "saved" | "failed" | "stale"; text: string } | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const stopped = useRef(false);
  const inFlight = useRef(false);
  // Set once the page is interactive: until then autosave and the browser copy are not running.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const remember = useCallback(() => {
    if (!formRef.current) return;
    const stored: Stored = { at: new Date().toISOString(), revision: revisionRef.current, values: formEntries(formRef.current) };
    try {
      window.localStorage.setItem(storageKey(nomination.id), JSON.stringify(stored));
    } catch {
      // A full or disabled localStorage only loses the browser copy; the server copy still saves.
    }
  }, [nomination.id]);

  const saveNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!formRef.current || readOnly || stopped.current || !dirty.current) return;
    if (inFlight.current) {
      timer.current = setTimeout(() => saveNow(), 1000);
      return;
    }
    const fd = new FormData(formRef.current);
    fd.set("intent", "autosave");
    fd.set("revision", String(revisionRef.current));
    dirty.current = false;
    inFlight.current = true;
    fetcher.submit(fd, { method: "post", action: `/nominations/${nomination.id}?autosave=1` });
  }, [fetcher, nomination.id, readOnly]);

  // Leaving a field saves it, unless the user is pressing one of the form's own buttons, which saves anyway.
  const onBlur = useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      const next = event.relatedTarget;
      if (next instanceof HTMLButtonElement && next.form === formRef.current) return;
      saveNow();
    },
    [saveNow],
  );

  // "Save draft" or "Continue" pressed while an autosave is on its way would carry the revision the
  // autosave is replacing, and be refused as stale: it waits for the autosave's answer instead.
  const submit = useSubmit();
  const waitingSubmit = useRef<string | null>(null);
  const onSubmit = useCallback((event: FormEvent<HTMLFormElement>) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!inFlight.current) {
      dirty.current = false;
      return;
    }
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    waitingSubmit.current = submitter instanceof HTMLButtonElement ? submitter.value : "save";
  }, []);

  const changed = useCallback(() => {
    dirty.current = true;
    remember();
    if (!timer.current) timer.current = setTimeout(() => saveNow(), AUTOSAVE_EVERY_MS);
  }, [remember, saveNow]);

  // The answer of an autosave, or of the "Save draft" button.
  const answer = fetcher.data ?? null;
  // Each answer is acted on once, however often the effects below run again.
  const handled = useRef<unknown>(null);
  useEffect(() => {
    if (!answer || handled.current === answer) return;
    handled.current = answer;
    inFlight.current = false;
    if (answer.saved) {
      revisionRef.current = answer.revision;
      setRevision(answer.revision);
      setStatus({
        kind: "saved",
        text:
          nomination.status === "submitted" && answer.status === "draft"
            ? `Saved at ${answer.savedAtText}. You have changed the submitted text: submit it again before the deadline.`
            : `Saved at ${answer.savedAtText}`,
      });
      // Text typed while the save was on its way is still only here: keep it, now based on the new revision.
      if (dirty.current) remember();
      else window.localStorage.removeItem(storageKey(nomination.id));
    } else {
      dirty.current = true;
      if (answer.stale) stopped.current = true;
      // A lost connection or an ended session may come back: try again in a while.
      else if (!answer.errors && !timer.current) timer.current = setTimeout(() => saveNow(), 10_000);
      setStatus({ kind: answer.stale ? "stale" : "failed", text: `Not saved: ${answer.problem}. Your text is kept in this browser.` });
    }
    const intent = waitingSubmit.current;
    if (intent && formRef.current && answer.saved) {
      waitingSubmit.current = null;
      const fd = new FormData(formRef.current);
      fd.set("intent", intent);
      fd.set("revision", String(answer.revision));
      dirty.current = false;
      submit(fd, { method: "post" });
    } else waitingSubmit.current = null;
  }, [answer, nomination.id, nomination.status, remember, saveNow, submit]);
  useEffect(() => {
    if (!actionData || handled.current === actionData) return;
    handled.current = actionData;
    if (actionData.saved) {
      revisionRef.current = actionData.revision;
      setRevision(actionData.revision);
      setStatus({ kind: "saved", text: `Saved at ${actionData.savedAtText}` });
      dirty.current = false;
      window.localStorage.removeItem(storageKey(nomination.id));
    } else {
      if (actionData.stale) stopped.current = true;
      setStatus({ kind: actionData.stale ? "stale" : "failed", text: `Not saved: ${actionData.problem}. Your text is kept in this browser.` });
    }
  }, [actionData, nomination.id]);

  // Text typed here before and never saved (a lost connection, a closed tab) is offered back.
  useEffect(() => {
    const stored = readStored(nomination.id);
    const form = formRef.current;
    if (!stored || !form || readOnly) return;
    const same = Object.keys({ ...saved, ...stored.values }).every((k) => (stored.values[k] ?? "") === (saved[k] ?? ""));
    // Put back unless plainly older than the saved draft. Putting back is safe either way: the copy
    // is saved with the revision it was typed on, so if that is out of date the save is refused as
    // stale, never written over a colleague's. (A minute's slack covers a save that was on its way
    // when the page went, and a browser clock a little different from the server's.)
    const older = stored.revision < nomination.revision && Date.parse(stored.at) < Date.parse(nomination.updatedAt) - 60_000;
    if (same || older) {
      window.localStorage.removeItem(storageKey(nomination.id));
      return;
    }
    for (const name of FIXED_FIELDS) {
      const el = form.elements.namedItem(name);
      if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = stored.values[name] === "yes";
      else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = stored.values[name] ?? "";
    }
    setAnswers(Object.fromEntries(sections.map((s) => [answerField(s.id), stored.values[answerField(s.id)] ?? ""])));
    revisionRef.current = stored.revision;
    setRevision(stored.revision);
    dirty.current = true;
    setRestored(
      `We have put back text you typed in this browser at ${new Date(stored.at).toLocaleTimeString("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" })} that had not been saved. It will be saved in a few seconds.`,
    );
    timer.current = setTimeout(() => saveNow(), 1500);
    // Only on first load of this nomination.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nomination.id]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const errors = actionData && !actionData.saved ? actionData.errors : answer && !answer.saved ? answer.errors : undefined;
  const order = ["title", ...sections.map((s) => answerField(s.id)), ...FIXED_FIELDS.slice(1)];

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-back-link">
          <Link className="nhsuk-back-link__link" to="/nominations">
            Back to my nominations
          </Link>
        </div>
        <ErrorSummary errors={errors} order={order} />
        <span className="nhsuk-caption-l">{nomination.reference}</span>
        <h1>{nomination.title || "Your nomination"}</h1>
        <p>
          <NominationStatusTag status={nomination.status} /> Last saved {nomination.savedText}.
        </p>
        {readOnly ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Read only
              </span>
            </h2>
            <p>{readOnly}</p>
          </div>
        ) : (
          <>
            {deadline ? <p>Nominations close at {deadline} (UK time). Your draft saves as you type; word limits apply when you submit.</p> : null}
            {nomination.changedSinceSubmission ? (
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>You have changed this nomination since it was submitted. Submit it again before the deadline; the leads will be asked to endorse the new text.</p>
              </div>
            ) : null}
          </>
        )}
        {restored ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{restored}</p>
          </div>
        ) : null}
        <Form method="post" noValidate ref={formRef} data-autosave={ready && !readOnly ? "ready" : undefined} onChange={readOnly ? undefined : changed} onBlur={readOnly ? undefined : onBlur} onSubmit={readOnly ? undefined : onSubmit}>
          <input type="hidden" name="revision" value={revision} />
          <fieldset className="nhsuk-fieldset" disabled={Boolean(readOnly)}>
            <legend className="nhsuk-u-visually-hidden">Your nomination</legend>
            <div className={`nhsuk-form-group${errors?.title ? " nhsuk-form-group--error" : ""}`}>
              <label className="nhsuk-label nhsuk-label--s" htmlFor="title">
                Title of the initiative
              </label>
              {errors?.title ? (
                <span className="nhsuk-error-message" id="title-error">
                  <span className="nhsuk-u-visually-hidden">Error:</span> {errors.title}
                </span>
              ) : null}
              <input className="nhsuk-input" id="title" name="title" type="text" dir="auto" defaultValue={initial.title} aria-describedby={errors?.title ? "title-error" : undefined} />
            </div>
            {sections.map((s) => (
              <SectionField
                key={s.id}
                name={answerField(s.id)}
                title={s.title}
                guidance={s.guidance}
                limit={s.wordLimit}
                value={answers[answerField(s.id)] ?? ""}
                error={errors?.[answerField(s.id)]}
                onChange={(value) => setAnswers((a) => ({ ...a, [answerField(s.id)]: value }))}
              />
            ))}
            <h2>Endorsement by the partners</h2>
            <p>When you submit, we will ask both leads by email to confirm the nomination. They do not need an account.</p>
            {(
              [
                ["employer_lead", "Employer lead"],
                ["staff_lead", "Staff-side lead"],
              ] as const
            ).map(([prefix, label]) => (
              <fieldset className="nhsuk-fieldset" key={prefix}>
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
                {(
                  [
                    ["name", "Full name", "text", "off"],
                    ["role", "Role", "text", "off"],
                    ["email", "Email address", "email", "off"],
                  ] as const
                ).map(([field, fieldLabel, type]) => {
                  const name = `${prefix}_${field}`;
                  const error = errors?.[name];
                  return (
                    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`} key={name}>
                      <label className="nhsuk-label" htmlFor={name}>
                        {label}: {fieldLabel.toLowerCase()}
                      </label>
                      {error ? (
                        <span className="nhsuk-error-message" id={`${name}-error`}>
                          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
                        </span>
                      ) : null}
                      <input className="nhsuk-input" id={name} name={name} type={type} dir="auto" spellCheck={type === "email" ? false : undefined} defaultValue={initial[name]} aria-describedby={error ? `${name}-error` : undefined} />
                    </div>
                  );
                })}
              </fieldset>
            ))}
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="unions">
                Unions involved
              </label>
              <div className="nhsuk-hint" id="unions-hint">
                For example UNISON, RCN, Unite, GMB.
              </div>
              <textarea className="nhsuk-textarea" id="unions" name="unions" rows={2} dir="auto" defaultValue={initial.unions} aria-describedby="unions-hint" />
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="identifying_terms">
                Names to hide from judges
              </label>
              <div className="nhsuk-hint" id="identifying_terms-hint">
                Judges score entries without knowing who they are from. List the names of people, programmes and places in your entry that would identify your organisation, one per line.
              </div>
              <textarea className="nhsuk-textarea" id="identifying_terms" name="identifying_terms" rows={4} dir="auto" defaultValue={initial.identifying_terms} aria-describedby="identifying_terms-hint" />
            </div>
            <div className="nhsuk-form-group">
              <div className="nhsuk-checkboxes">
                <div className="nhsuk-checkboxes__item">
                  <input className="nhsuk-checkboxes__input" id="consent_to_publish" name="consent_to_publish" type="checkbox" value="yes" defaultChecked={initial.consent_to_publish === "yes"} />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="consent_to_publish">
                    If shortlisted, the SPF may publish this entry as a case study
                  </label>
                </div>
              </div>
            </div>
          </fieldset>
          <div aria-live="polite" className="nhsuk-u-margin-bottom-4" id="save-status">
            {status ? (
              status.kind === "saved" ? (
                <p className="nhsuk-body-s">{status.text}</p>
              ) : (
                <div className="nhsuk-warning-callout">
                  <h2 className="nhsuk-warning-callout__label">
                    <span role="text">
                      <span className="nhsuk-u-visually-hidden">Important: </span>
                      {status.kind === "stale" ? "Someone else has saved this nomination" : "Not saved"}
                    </span>
                  </h2>
                  <p>{status.text}</p>
                </div>
              )
            ) : null}
          </div>
          {readOnly ? null : (
            <div className="nhsuk-button-group">
              <button className="nhsuk-button" type="submit" name="intent" value="continue">
                Continue to check and submit
              </button>
              <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="save">
                Save draft
              </button>
            </div>
          )}
        </Form>
        {readOnly ? (
          nomination.status === "submitted" ? (
            <p>
              <Link to={`/nominations/${nomination.id}/receipt`}>See your receipt and endorsements</Link>
            </p>
          ) : null
        ) : nomination.status !== "withdrawn" ? (
          <>
            {nomination.status === "submitted" ? (
              <p>
                <Link to={`/nominations/${nomination.id}/receipt`}>See your receipt and who has endorsed it</Link>
              </p>
            ) : null}
            <p>
              <Link to={`/nominations/${nomination.id}/withdraw`}>Withdraw this nomination</Link>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
