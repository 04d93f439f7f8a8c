// The nomination form. Drafts save on leaving a field and every few seconds of typing, each save
// conditional on the revision it started from; text not yet saved is kept in the browser
// (localStorage) and offered back on the next visit (app/components/use-autosave.ts). After the
// deadline the page is read-only.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { ErrorSummary, PrivacyNoticeLink } from "~/components/forms";
import { autosaveClientAction, autosaveShouldRevalidate, useAutosave } from "~/components/use-autosave";
import { NominationStatusTag, SectionField } from "~/components/nomination";
import { answerField } from "~/domain/nomination-rules";
import { formatUkDeadline } from "~/domain/uk-time";
import { parseIdentifyingTerms, saveDraft } from "~/models/nominations.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { readForm } from "~/request/forms.server";
import { appDb, preparedTransaction } from "~/platform/prepared.server";
import { formatUkClock, loadOwnNomination, requireNominationUser, requireOwnNomination } from "~/request/nomination-access.server";
import { parseNominationForm } from "~/request/nomination-forms.server";

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
    case "leads":
      return data<SaveAnswer>({ saved: false, problem: "the leads' email addresses need attention", errors: result.problems, values }, { status: 400 });
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

export const clientAction = autosaveClientAction;
export const shouldRevalidate = autosaveShouldRevalidate;

// Keyed by nomination: moving from one nomination to another starts the form afresh, so one's text,
// revision and browser copy can never be carried into the other.
export default function NominationPage() {
  const { nomination } = useLoaderData<typeof loader>();
  return <NominationForm key={nomination.id} />;
}

function NominationForm() {
  const { nomination, values: saved, sections, readOnly, deadline } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SaveAnswer | undefined;
  const initial = actionData && !actionData.saved && actionData.values ? { ...saved, ...actionData.values } : saved;
  const formRef = useRef<HTMLFormElement>(null);
  // The answers are the page's own state, for their live word counts.
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(sections.map((s) => [answerField(s.id), initial[answerField(s.id)] ?? ""])),
  );
  const savedText = useCallback(
    (answer: Extract<SaveAnswer, { saved: true }>) =>
      nomination.status === "submitted" && answer.status === "draft"
        ? `Saved at ${answer.savedAtText}. You have changed the submitted text: submit it again before the deadline.`
        : `Saved at ${answer.savedAtText}`,
    [nomination.status],
  );
  const onRestore = useCallback(
    (values: Record<string, string>) => setAnswers(Object.fromEntries(sections.map((s) => [answerField(s.id), values[answerField(s.id)] ?? ""]))),
    [sections],
  );
  const autosave = useAutosave<SaveAnswer>({
    formRef,
    action: `/nominations/${nomination.id}`,
    storageKey: `hpma:nomination:${nomination.id}`,
    revision: nomination.revision,
    savedAt: nomination.updatedAt,
    savedValues: saved,
    readOnly: Boolean(readOnly),
    onRestore,
    savedText,
  });
  const { settle, revision, status, restored, ready, answer } = autosave;
  useEffect(() => settle(actionData), [actionData, settle]);

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
        <PrivacyNoticeLink>how we use the personal details in a nomination, and what is published about the people it names</PrivacyNoticeLink>
        {restored ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{restored}</p>
          </div>
        ) : null}
        <Form method="post" noValidate ref={formRef} data-autosave={ready && !readOnly ? "ready" : undefined} onChange={readOnly ? undefined : autosave.onChange} onBlur={readOnly ? undefined : autosave.onBlur} onSubmit={readOnly ? undefined : autosave.onSubmit}>
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
                Judges score entries without knowing who they are from. List, one per line, everything in your entry that would tell them who you are: hospitals and sites (Arrowe Park Hospital, Ward 7), services and programmes (Healthy Minds Wirral), local places (Birkenhead), partner bodies (Wirral Council, Cheshire and Merseyside ICB), people named in the text (Dr Ade Okafor, Ray Jones) and social media handles (@OurTrustNHS, #TeamOurTrust). Your organisation's names and the leads' names are hidden anyway. Before you submit, you can see your entry as judges will see it.
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
