// The task list page: the nomination's parts in three groups (write it, check what judges will see,
// submit), each with its status, and the links to the receipt and to withdraw.
import { Link, useLoaderData } from "@remix-run/react";
import { NominationStatusTag } from "~/components/nomination";
import { BackLink, Caption, TaskList, TwoThirds, WarningCallout } from "~/components/nhsuk";
import type { loader } from "./route";

export function TaskListPage() {
  const { nomination, tasks, readOnly, deadline } = useLoaderData<typeof loader>();
  const { id, status } = nomination;
  return (
    <TwoThirds>
      <BackLink href="/nominations" client>
        Back to my nominations
      </BackLink>
      <Caption>{nomination.reference}</Caption>
      <h1>{nomination.title || "Your nomination"}</h1>
      <p>
        <NominationStatusTag status={status} /> Last saved {nomination.savedText}.
      </p>
      {readOnly ? (
        <WarningCallout heading="Read only">
          <p>{readOnly}</p>
        </WarningCallout>
      ) : deadline ? (
        <p>Nominations close at {deadline} (UK time). Each part saves as you type; word limits apply when you submit.</p>
      ) : null}
      {nomination.changedSinceSubmission ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You have changed this nomination since it was submitted. Submit it again before the deadline; the leads will be asked to endorse the new text.</p>
        </div>
      ) : null}
      <h2 className="nhsuk-heading-m">1. Write your nomination</h2>
      <p data-testid="tasks-completed">
        You have completed {tasks.completed} of {tasks.total} {tasks.total === 1 ? "part" : "parts"}.
      </p>
      <TaskList idPrefix="write" items={tasks.write} />
      <h2 className="nhsuk-heading-m">2. Check what judges will see</h2>
      <p>Judges score entries without knowing who they are from. These checks are not required, but they protect your entry.</p>
      <TaskList idPrefix="check" items={tasks.check} />
      <h2 className="nhsuk-heading-m">3. Submit</h2>
      {tasks.submit.status === "cannot-start" ? <p>You can check and submit your nomination once every part of step 1 is completed.</p> : null}
      <TaskList idPrefix="submit" items={[tasks.submit]} />
      {status === "submitted" ? (
        <p>
          <Link to={`/nominations/${id}/receipt`}>See your receipt and who has endorsed it</Link>
        </p>
      ) : null}
      {!readOnly && status !== "withdrawn" ? (
        <p>
          <Link to={`/nominations/${id}/withdraw`}>Withdraw this nomination</Link>
        </p>
      ) : null}
    </TwoThirds>
  );
}
