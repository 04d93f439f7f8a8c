// The NHS.UK task list (nhsuk-frontend's task-list component): each task's name links to its page or
// to its part of a long page, with an optional hint and its status; a task that cannot start yet has no
// link. Links are plain anchors, as in nhsuk-frontend's markup: one to a part of the same page
// (`#id`) opens a closed <details> there, with or without JavaScript.

/** The statuses of a form to fill in (completed … optional) and of a page of work (done … to do). */
export type TaskListStatus = "completed" | "incomplete" | "not-started" | "cannot-start" | "optional" | "done" | "in-progress" | "to-do";

export type TaskListItem = { key: string; title: string; hint?: string; href: string; status: TaskListStatus };

const PLAIN = "nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal";

const STATUS: Record<TaskListStatus, { text: string; className: string }> = {
  completed: { text: "Completed", className: PLAIN },
  incomplete: { text: "Incomplete", className: "nhsuk-tag nhsuk-tag--blue" },
  "not-started": { text: "Not started", className: "nhsuk-tag nhsuk-tag--white" },
  "cannot-start": { text: "Cannot start yet", className: `${PLAIN} nhsuk-u-secondary-text-colour` },
  optional: { text: "Optional", className: `${PLAIN} nhsuk-u-secondary-text-colour` },
  done: { text: "Done", className: "nhsuk-tag nhsuk-tag--green" },
  "in-progress": { text: "In progress", className: "nhsuk-tag nhsuk-tag--yellow" },
  "to-do": { text: "To do", className: "nhsuk-tag nhsuk-tag--blue" },
};

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
              <strong className={STATUS[item.status].className}>{STATUS[item.status].text}</strong>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
