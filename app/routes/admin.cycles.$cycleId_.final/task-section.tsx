// One task of the final-round page, folded into an NHS.UK expander: its name opens it, and a link to
// it from the task list (to the heading inside) opens it too, with or without JavaScript.
import type { ReactNode } from "react";
import { Details } from "~/components/nhsuk";
import type { FinalTask } from "./tasks";

export function TaskSection({ task, children }: { task: FinalTask; children: ReactNode }) {
  return (
    <Details expander open={task.open} summary={task.title}>
      <h2 className="nhsuk-u-visually-hidden" id={task.id} tabIndex={-1}>
        {task.title}
      </h2>
      {children}
    </Details>
  );
}
