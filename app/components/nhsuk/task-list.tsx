// The NHS.UK task list (nhsuk-frontend's task-list component): each task's name links to its page,
// with an optional hint and its status; a task that cannot start yet has no link.

export type TaskListStatus = "completed" | "incomplete" | "not-started" | "cannot-start" | "optional";

export type TaskListItem = { key: string; title: string; hint?: string; href: string; status: TaskListStatus };

const STATUS_TEXT: Record<TaskListStatus, string> = {
  completed: "Completed",
  incomplete: "Incomplete",
  "not-started": "Not started",
  "cannot-start": "Cannot start yet",
  optional: "Optional",
};

function Status({ status }: { status: TaskListStatus }) {
  const text = STATUS_TEXT[status];
  if (status === "completed") return <strong className="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal">{text}</strong>;
  if (status === "cannot-start" || status === "optional") {
    return <strong className="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">{text}</strong>;
  }
  return <strong className={`nhsuk-tag ${status === "incomplete" ? "nhsuk-tag--blue" : "nhsuk-tag--white"}`}>{text}</strong>;
}

export function TaskList({ idPrefix, items }: { idPrefix: string; items: readonly TaskListItem[] }) {
  return (
    <ul className="nhsuk-task-list">
      {items.map((item, i) => {
        const hintId = `${idPrefix}-${i + 1}-hint`;
        const statusId = `${idPrefix}-${i + 1}-status`;
        const linked = item.status !== "cannot-start";
        return (
          <li className={`nhsuk-task-list__item${linked ? " nhsuk-task-list__item--with-link" : ""}`} key={item.key}>
            <div className="nhsuk-task-list__name-and-hint">
              {linked ? (
                <a className="nhsuk-task-list__link nhsuk-link" href={item.href} aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}>
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
