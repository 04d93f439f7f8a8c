// The nomination form itself: the title, one answer per section of the entry form with its live word
// count, the leads, the unions, the names to hide and consent, saved as the entrant types.
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { ErrorSummary, PrivacyNoticeLink } from "~/components/forms";
import { NominationStatusTag, SectionField } from "~/components/nomination";
import { Caption, TwoThirds } from "~/components/nhsuk";
import { useAutosave } from "~/components/use-autosave";
import { answerField } from "~/domain/nomination-rules";
import { EntrantFields, FIXED_FIELDS, LeadsFields, TitleField } from "./fields";
import { AfterTheForm, BackToNominations, BeforeTheForm, InformationText, SaveButtons, SaveStatus } from "./notes";
import type { loader } from "./route";
import type { SaveAnswer } from "./save-answer";

export function NominationForm() {
  const { nomination, values: saved, sections, readOnly, deadline } = useLoaderData<typeof loader>();
  const actionData = useActionData<SaveAnswer>() as SaveAnswer | undefined;
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
  const { settle, revision, status, restored, ready, answer, savedAtText: autosavedAt } = autosave;
  useEffect(() => settle(actionData), [actionData, settle]);

  const errors = actionData && !actionData.saved ? actionData.errors : answer && !answer.saved ? answer.errors : undefined;
  const order = ["title", ...sections.map((s) => answerField(s.id)), ...FIXED_FIELDS.slice(1)];

  return (
    <TwoThirds>
      <BackToNominations />
      <ErrorSummary errors={errors} order={order} />
      <Caption>{nomination.reference}</Caption>
      <h1>{nomination.title || "Your nomination"}</h1>
      <p>
        <NominationStatusTag status={nomination.status} /> Last saved {autosavedAt ?? nomination.savedText}.
      </p>
      <BeforeTheForm readOnly={readOnly} deadline={deadline} changedSinceSubmission={nomination.changedSinceSubmission} />
      <PrivacyNoticeLink>how we use the personal details in a nomination, and what is published about the people it names</PrivacyNoticeLink>
      {restored ? <InformationText role="status">{restored}</InformationText> : null}
      <Form method="post" noValidate ref={formRef} data-autosave={ready && !readOnly ? "ready" : undefined} onChange={readOnly ? undefined : autosave.onChange} onBlur={readOnly ? undefined : autosave.onBlur} onSubmit={readOnly ? undefined : autosave.onSubmit}>
        <input type="hidden" name="revision" value={revision} />
        <fieldset className="nhsuk-fieldset" disabled={Boolean(readOnly)}>
          <legend className="nhsuk-u-visually-hidden">Your nomination</legend>
          <TitleField error={errors?.title} value={initial.title} />
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
          <LeadsFields errors={errors} initial={initial} />
          <EntrantFields initial={initial} />
        </fieldset>
        <SaveStatus status={status} />
        {readOnly ? null : <SaveButtons />}
      </Form>
      <AfterTheForm id={nomination.id} status={nomination.status} readOnly={Boolean(readOnly)} />
    </TwoThirds>
  );
}
