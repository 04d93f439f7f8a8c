// One part of the nomination as a form: its fields (with live word counts for a section), saved as
// the entrant types, and "Save and return to task list". Errors show in the NHS error summary with
// everything typed kept.
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { ErrorSummary, PrivacyNoticeLink } from "~/components/forms";
import { NominationStatusTag, SectionField } from "~/components/nomination";
import { Caption, TwoThirds } from "~/components/nhsuk";
import { useAutosave } from "~/components/use-autosave";
import { answerField } from "~/domain/nomination-rules";
import { fieldsOfPart } from "~/domain/nomination-tasks";
import { ConsentField, LeadsFields, NamesToHideField, TitleField, UnionsField } from "./fields";
import { BackToTaskList, BeforeTheForm, InformationText, SaveButtons, SaveStatus } from "./notes";
import type { loader } from "./route";
import type { SaveAnswer } from "./save-answer";

export function PartForm() {
  const { part, section, nomination, values: saved, readOnly, deadline } = useLoaderData<typeof loader>();
  const actionData = useActionData<SaveAnswer>() as SaveAnswer | undefined;
  const initial = actionData && !actionData.saved && actionData.values ? { ...saved, ...actionData.values } : saved;
  const formRef = useRef<HTMLFormElement>(null);
  const answerName = section ? answerField(section.id) : null;
  // A section's answer is the page's own state, for its live word count.
  const [answer, setAnswer] = useState(() => (answerName ? (initial[answerName] ?? "") : ""));
  const savedText = useCallback(
    (a: Extract<SaveAnswer, { saved: true }>) =>
      nomination.status === "submitted" && a.status === "draft"
        ? `Saved at ${a.savedAtText}. You have changed the submitted text: submit it again before the deadline.`
        : `Saved at ${a.savedAtText}`,
    [nomination.status],
  );
  const onRestore = useCallback((values: Record<string, string>) => (answerName ? setAnswer(values[answerName] ?? "") : undefined), [answerName]);
  const autosave = useAutosave<SaveAnswer>({
    formRef,
    action: `/nominations/${nomination.id}/${part.key}`,
    storageKey: `hpma:nomination:${nomination.id}:${part.key}`,
    revision: nomination.revision,
    savedAt: nomination.updatedAt,
    savedValues: saved,
    readOnly: Boolean(readOnly),
    onRestore,
    savedText,
  });
  const { settle, revision, status, restored, ready, answer: autosaveAnswer, savedAtText: autosavedAt } = autosave;
  useEffect(() => settle(actionData), [actionData, settle]);

  // Without JavaScript the effects never run: the button's answer is shown as it comes from the server.
  const shown =
    status ??
    (actionData?.saved
      ? { kind: "saved" as const, text: savedText(actionData) }
      : actionData
        ? { kind: actionData.stale ? ("stale" as const) : ("failed" as const), text: `Not saved: ${actionData.problem}.` }
        : null);
  const errors = actionData && !actionData.saved ? actionData.errors : autosaveAnswer && !autosaveAnswer.saved ? autosaveAnswer.errors : undefined;
  const order = [...fieldsOfPart(part)];

  return (
    <TwoThirds>
      <BackToTaskList id={nomination.id} />
      <ErrorSummary errors={errors} order={order} />
      <Caption>
        {nomination.reference}
        {nomination.title ? `: ${nomination.title}` : ""}
      </Caption>
      <h1>{part.title}</h1>
      <p>
        <NominationStatusTag status={nomination.status} /> Last saved {autosavedAt ?? nomination.savedText}.
      </p>
      <BeforeTheForm readOnly={readOnly} deadline={deadline} changedSinceSubmission={nomination.changedSinceSubmission} />
      {part.kind === "leads" || part.kind === "names-to-hide" ? (
        <PrivacyNoticeLink>how we use the personal details in a nomination, and what is published about the people it names</PrivacyNoticeLink>
      ) : null}
      {restored ? <InformationText role="status">{restored}</InformationText> : null}
      <Form
        method="post"
        noValidate
        ref={formRef}
        data-autosave={ready && !readOnly ? "ready" : undefined}
        onChange={readOnly ? undefined : autosave.onChange}
        onBlur={readOnly ? undefined : autosave.onBlur}
        onSubmit={readOnly ? undefined : autosave.onSubmit}
      >
        <input type="hidden" name="revision" value={revision} />
        <fieldset className="nhsuk-fieldset" disabled={Boolean(readOnly)}>
          <legend className="nhsuk-u-visually-hidden">{part.title}</legend>
          {part.kind === "details" ? (
            <>
              <TitleField error={errors?.title} value={initial.title} />
              <UnionsField error={errors?.unions} value={initial.unions} />
              <ConsentField checked={initial.consent_to_publish === "yes"} />
            </>
          ) : null}
          {section && answerName ? (
            <SectionField
              name={answerName}
              title={section.title}
              guidance={section.guidance}
              limit={section.wordLimit}
              value={answer}
              error={errors?.[answerName]}
              onChange={setAnswer}
            />
          ) : null}
          {part.kind === "leads" ? <LeadsFields errors={errors} initial={initial} /> : null}
          {part.kind === "names-to-hide" ? <NamesToHideField error={errors?.identifying_terms} value={initial.identifying_terms} /> : null}
        </fieldset>
        <SaveStatus status={shown} />
        {readOnly ? null : <SaveButtons />}
      </Form>
      {part.kind === "names-to-hide" ? (
        <p>
          <Link to={`/nominations/${nomination.id}/judges-copy`}>See your entry as judges will see it</Link>
        </p>
      ) : null}
    </TwoThirds>
  );
}
