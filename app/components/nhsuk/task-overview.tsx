// The NHS.UK task list's markup for the tasks of one long page: each task's name links to its part
// of the page, with an optional hint and a status; a task that cannot start yet has no link, as in the
// pattern. The links are plain same-page anchors (not router links), so that following one into a
// closed <details> opens it, with or without JavaScript.
export type TaskOverviewStatus = "done" | "in-progress" | "to-do" | "cannot-start";

export type TaskOverviewItem = { id: string; title: string; hint?: string; status: TaskOverviewStatus };

export const TASK_STATUS_TEXT: Record<TaskOverviewStatus, string> = {
  done: "Done",
  "in-progress": "In progress",
  "to-do": "To do",
  "cannot-start": "Cannot start yet",
};

function Status({ status }: { status: TaskOverviewStatus }) {
  const text = TASK_STATUS_TEXT[status];
  if (status === "done") return <strong className="nhsuk-tag nhsuk-tag--green">{text}</strong>;
  if (status === "cannot-start") return <strong className="nhsuk-tag nhsuk-tag--grey">{text}</strong>;
  return <strong className={`nhsuk-tag ${status === "in-progress" ? "nhsuk-tag--yellow" : "nhsuk-tag--blue"}`}>{text}</strong>;
}

/** `href` of each task is `#` + its id: the id of the part of the page it opens. */
export function TaskOverview({ idPrefix, items }: { idPrefix: string; items: readonly TaskOverviewItem[] }) {
  return (
    <ul className="nhsuk-task-list">
      {items.map((item, i) => {
        const hintId = `${idPrefix}-${i + 1}-hint`;
        const statusId = `${idPrefix}-${i + 1}-status`;
        const linked = item.status !== "cannot-start";
        return (
          <li className={`nhsuk-task-list__item${linked ? " nhsuk-task-list__item--with-link" : ""}`} key={item.id}>
            <div className="nhsuk-task-list__name-and-hint">
              {linked ? (
                <a className="nhsuk-link nhsuk-task-list__link" href={`#${item.id}`} aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}>
                  {item.title}
                </a>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div className="nhsuk-task-list__hint" id={hintId}>
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className="nhsuk-task-list__status" id={statusId}>
              <Status status={item.status} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
