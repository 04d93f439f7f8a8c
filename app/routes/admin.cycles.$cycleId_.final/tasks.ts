// The final-round page's tasks (issue 18): each section of the page as a task with a status, in the
// order the secretariat works through them. A section is open when it is the next task to do, or when
// the last post was its own (its notice, or its errors); the rest stay folded, so the page is a short
// list of where things stand rather than six forms one after another.
import type { TaskListItem } from "~/components/nhsuk";
import type { FinalPageData } from "./page-data";

export type FinalTaskId = "task-panel" | "task-progress" | "task-presentations" | "task-decisions" | "task-case-studies" | "task-announcement";

/** A task of the page: its link (`href`) is `#` + its id, the part of the page it opens. */
export type FinalTask = TaskListItem & { id: FinalTaskId; open: boolean };

/** Which task a form's intent belongs to: its errors open that section. */
const BY_INTENT: Record<string, FinalTaskId> = {
  panel: "task-panel",
  reopen: "task-progress",
  decisions: "task-decisions",
  draft_case_studies: "task-case-studies",
  move: "task-announcement",
  publish: "task-announcement",
};

/** Which task a notice (after a redirect) belongs to: it opens that section. */
const BY_NOTICE: Record<string, FinalTaskId> = {
  panel: "task-panel",
  reopened: "task-progress",
  decisions: "task-decisions",
  drafted: "task-case-studies",
  moved: "task-announcement",
  published: "task-announcement",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Data = Pick<FinalPageData, "cycle" | "judges" | "sheets" | "decisions" | "caseStudies" | "withoutCaseStudy">;

/** The tasks, each with its status and whether its section is open. `posted` is the intent of the last post or the kind of its notice. */
export function finalTasks(data: Data, { intent, notice }: { intent?: string | null; notice?: string | null }): FinalTask[] {
  const { cycle, judges, sheets, decisions, caseStudies, withoutCaseStudy } = data;
  const onPanel = judges.filter((j) => j.onPanel).length;
  const undecided = caseStudies.filter((c) => c.undecided > 0).length;
  const tasks: Omit<FinalTask, "open" | "key" | "href">[] = [
    !cycle.confirmed
      ? { id: "task-panel", title: "Choose the final-round panel", status: "cannot-start", hint: "Once the shortlist is confirmed" }
      : { id: "task-panel", title: "Choose the final-round panel", status: onPanel > 0 || cycle.published ? "done" : "to-do", hint: onPanel > 0 ? `${plural(onPanel, "judge", "judges")} on the panel` : undefined },
    {
      id: "task-progress",
      title: "Follow the panel's score sheets",
      status: sheets.assigned === 0 ? "cannot-start" : sheets.allIn || cycle.published ? "done" : sheets.submitted > 0 ? "in-progress" : "to-do",
      hint: sheets.assigned === 0 ? "Once the panel is chosen" : sheets.sentence,
    },
    {
      id: "task-presentations",
      title: "Check the running order of the presentations",
      status: !cycle.confirmed ? "cannot-start" : cycle.finalJudging ? "done" : "to-do",
      hint: !cycle.confirmed ? "Once the shortlist is confirmed" : cycle.finalJudging ? `From ${cycle.finalJudging} (UK time)` : "Set the final judging day on the cycle page",
    },
    {
      id: "task-decisions",
      title: "Record the decisions",
      status: decisions.length > 0 || cycle.published ? "done" : cycle.decisionsOpen ? "to-do" : "cannot-start",
      hint: decisions.length > 0 ? (cycle.published ? "Announced" : "Recorded, embargoed until the announcement") : cycle.confirmed ? undefined : "Once the shortlist is confirmed",
    },
    {
      id: "task-case-studies",
      title: "Check the finalists' case studies",
      status: cycle.published ? "done" : caseStudies.length === 0 && withoutCaseStudy === 0 ? "cannot-start" : undecided > 0 || withoutCaseStudy > 0 ? "to-do" : "done",
      hint:
        withoutCaseStudy > 0
          ? `${plural(withoutCaseStudy, "finalist has", "finalists have")} no case study yet`
          : undecided > 0
            ? `${plural(undecided, "case study has", "case studies have")} personal details nobody has agreed to publish`
            : caseStudies.length === 0
              ? "Once the shortlist is confirmed"
              : undefined,
    },
    {
      id: "task-announcement",
      title: "Announce the results",
      status: cycle.published ? "done" : "to-do",
      hint: cycle.published ? `Published at ${cycle.publishedAt}` : cycle.announcement ? `Published by itself at ${cycle.announcement} (UK time)` : "No announcement time set",
    },
  ];
  const next = tasks.find((t) => t.status === "to-do" || t.status === "in-progress")?.id;
  const posted = (intent ? BY_INTENT[intent] : undefined) ?? (notice ? BY_NOTICE[notice] : undefined);
  return tasks.map((t) => ({ ...t, key: t.id, href: `#${t.id}`, open: t.id === next || t.id === posted }));
}
