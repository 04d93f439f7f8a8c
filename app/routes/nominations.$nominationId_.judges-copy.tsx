// The entrant's preview of their entry as judges will see it: the same redactor judges' copies are
// built with, run on the nomination as saved, hidden words shown as their placeholders, and a form
// (no JavaScript needed) to add a word or phrase to hide, after which the preview is built again.
// Only the nomination's own organisation's approved members reach it (requireOwnNomination).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, NoticeSuccessBanner, TextInput } from "~/components/forms";
import { MarkedJudgesCopy } from "~/components/judges-copy";
import { judgesCopyPreview } from "~/models/judging-entries.server";
import { addIdentifyingTerm, parseIdentifyingTerms } from "~/models/nominations.server";
import { formValues, parseForm, readForm } from "~/request/forms.server";
import { requireOwnNomination } from "~/request/nomination-access.server";
import { IdentifyingTermSchema, judgesCopyNotices } from "~/request/nomination-forms.server";
import { notFound } from "~/request/permissions.server";
import { BackLink, Caption, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Your entry as judges will see it - HPMA Partnership Award" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, nomination, closedProblem } = await requireOwnNomination(request, params.nominationId, { withAnswers: false });
  const preview = await judgesCopyPreview(db, nomination.id);
  if (!preview) notFound();
  return {
    notice: judgesCopyNotices.from(request),
    id: nomination.id,
    reference: nomination.reference,
    title: preview.title,
    sections: preview.sections.map((s, i) => ({ key: s.sectionId, title: preview.sectionTitles[i], text: s.text })),
    terms: parseIdentifyingTerms(nomination.identifying_terms),
    canAdd: !closedProblem && nomination.status !== "withdrawn",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, nomination } = await requireOwnNomination(request, params.nominationId, { withAnswers: false });
  const formData = await readForm(request);
  const parsed = parseForm(IdentifyingTermSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: formValues(formData) }, { status: 400 });
  const result = await addIdentifyingTerm(db, { id: nomination.id, organisationId: user.organisation.id, userId: user.id, term: parsed.data.term });
  if (!result.ok) {
    if ("notFound" in result) notFound();
    // Closed (the deadline has passed), or withdrawn.
    const problem = "deadline" in result ? `${result.problem}: the words to hide can no longer be changed` : result.problem;
    return data({ errors: { term: problem }, values: formValues(formData) }, { status: 403 });
  }
  return redirect(judgesCopyNotices.href(`/nominations/${nomination.id}/judges-copy`, result.added ? "added" : "listed"));
}

export default function JudgesCopyPreview() {
  const { id, reference, title, sections, terms, canAdd, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <TwoThirds>
      <BackLink href={`/nominations/${id}`} client>
        Back to the task list
      </BackLink>
      <ErrorSummary errors={actionData?.errors} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>{reference}</Caption>
      <h1>Your entry as judges will see it</h1>
      <p>
        Judges score entries without knowing who they are from. Before they see yours, we hide what could tell them: your organisation's names, its sites,
        the people named in the nomination, contact details, and the names you listed. Each hidden passage shows as a word in square brackets, such as{" "}
        <strong>[organisation]</strong>, <strong>[person]</strong>, <strong>[place]</strong> or <strong>[redacted]</strong>.
      </p>
      <p>
        Read it as a judge would. If anything still shows who you are, such as a hospital or site, a service, a local place, a partner body, a person named
        in the text or a social media handle, add it below. The secretariat checks every entry again before judges see it.
      </p>
      <h2>Title of the initiative</h2>
      <div className="nhsuk-inset-text nhsuk-u-margin-top-0" data-testid="preview-title">
        <MarkedJudgesCopy text={title} />
      </div>
      {sections.map((s) => (
        <section key={s.key}>
          <h2>{s.title}</h2>
          <div className="nhsuk-inset-text nhsuk-u-margin-top-0" data-testid={`preview-section-${s.key}`}>
            <MarkedJudgesCopy text={s.text} />
          </div>
        </section>
      ))}
      <h2 id="hide-more">Hide more words</h2>
      {terms.length > 0 ? (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">The names you have listed ({terms.length})</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul>
              {terms.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {canAdd ? (
        <Form method="post" noValidate>
          <TextInput
            name="term"
            label="A word or phrase to hide from judges"
            hint="One at a time, as it is written in your entry: for example a hospital, a ward, a service, a town, a partner, a person or a handle such as @OurTrust."
            error={actionData?.errors?.term}
            defaultValue={actionData?.values?.term}
          />
          <Button variant="secondary">Hide it and show the entry again</Button>
        </Form>
      ) : (
        <p>This nomination can no longer be changed.</p>
      )}
      <p>
        <Link to={`/nominations/${id}/submit`}>Back to check and submit your nomination</Link>
      </p>
    </TwoThirds>
  );
}
