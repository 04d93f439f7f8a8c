// The nomination as an NHS.UK task list (issue 18, decision 034): each part of the nomination with
// its status and how many of the parts submission needs are done, then the checks of what judges
// will see, then check and submit. Each part is its own page (nominations.$nominationId_.$part).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { nominationTaskList } from "~/domain/nomination-tasks";
import { formatUkDateTime, formatUkDeadline } from "~/domain/uk-time";
import { nominationText } from "~/models/nominations.server";
import { requireOwnNomination } from "~/request/nomination-access.server";
import { nominationSaveAction, readOnlyReason } from "../nominations.$nominationId_.$part/save.server";
import { TaskListPage } from "./task-list-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.nomination.title || "Your nomination"} - HPMA Partnership Award` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { nomination: n, sections, deadline, closedProblem } = await requireOwnNomination(request, params.nominationId);
  const changedSinceSubmission = n.status === "draft" && n.submitted_hash !== null;
  const tasks = nominationTaskList({
    id: n.id,
    sections,
    text: nominationText(n),
    status: n.status,
    changedSinceSubmission,
  });
  return {
    nomination: {
      id: n.id,
      reference: n.reference,
      title: n.title,
      status: n.status,
      savedText: `${formatUkDateTime(n.updated_at)}${n.updated_by_name ? ` by ${n.updated_by_name}` : ""}`,
      changedSinceSubmission,
    },
    tasks,
    readOnly: readOnlyReason(n.status, closedProblem, deadline),
    deadline: deadline ? formatUkDeadline(deadline) : null,
  };
}

// The whole form's save, as the one-page form posted it before the task list: a page of it still
// open in a browser when the service is updated keeps saving (and autosaving) here, nothing lost.
export const action = ({ request, params }: ActionFunctionArgs) => nominationSaveAction(request, params.nominationId);

export default function NominationTaskListPage() {
  return <TaskListPage />;
}
