// The judging panel's feedback on one of the organisation's entries (decision 038), for its approved
// members, once the secretariat has released it. Before that, and for anyone else, the page does not
// exist: the same 404 as an entry that is not theirs.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Paragraphs } from "~/components/archive";
import { BackLink, Caption, TwoThirds } from "~/components/nhsuk";
import { formatUkDateTime } from "~/domain/uk-time";
import { getReleasedFeedback } from "~/models/entrant-feedback.server";
import { getDb } from "~/platform/db.server";
import { requireNominationUser } from "~/request/nomination-access.server";
import { notFound } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "Feedback on your entry - HPMA Partnership Award" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id } = await requireNominationUser(request, params.nominationId);
  const feedback = await getReleasedFeedback(getDb(), { nominationId: id, organisationId: user.organisation.id });
  if (!feedback) notFound();
  return { nominationId: id, organisation: user.organisation.name, feedback: { ...feedback, releasedAt: formatUkDateTime(feedback.releasedAt) } };
}

export default function FeedbackOnYourEntry() {
  const { nominationId, organisation, feedback } = useLoaderData<typeof loader>();
  return (
    <TwoThirds>
      <BackLink href={`/nominations/${nominationId}`} client>
        Back to your nomination
      </BackLink>
      <Caption>
        HPMA {feedback.year} award: {organisation}
      </Caption>
      <h1>Feedback on {feedback.title ? `“${feedback.title}”` : "your entry"}</h1>
      <p className="nhsuk-lede-text">The judging panel&apos;s feedback on your entry, criterion by criterion.</p>
      <p>
        For each criterion you can see where the judges&apos; scores sat, in the words of the criterion&apos;s descriptors, and what the judges said. The SPF
        secretariat put it together from the judges&apos; comments, without their names. Released {feedback.releasedAt} (UK time).
      </p>
      {feedback.criteria.map((c) => (
        <section key={c.criterionId} aria-labelledby={`criterion-${c.criterionId}`}>
          <h2 id={`criterion-${c.criterionId}`}>{c.title}</h2>
          {c.band ? (
            <div className="nhsuk-inset-text">
              <p>
                <strong>Score band:</strong> {c.band}
              </p>
            </div>
          ) : null}
          {c.text.trim() ? (
            <Paragraphs text={c.text} />
          ) : (
            <p>No further feedback on this criterion.</p>
          )}
        </section>
      ))}
      {feedback.overall ? (
        <section aria-labelledby="overall">
          <h2 id="overall">Overall</h2>
          <Paragraphs text={feedback.overall} />
        </section>
      ) : null}
      <p>
        <Link to="/nominations">Back to my nominations</Link>
      </p>
    </TwoThirds>
  );
}
