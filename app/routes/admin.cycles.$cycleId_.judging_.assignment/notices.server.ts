// What the assignment page says after assignments are confirmed, moved, or a late judge is added.
import { defineNotices } from "~/request/notices.server";

export const assignmentNotices = defineNotices({
  confirmed: (count) => ({ title: count("added") === 1 ? "1 assignment has been made" : `${count("added") ?? 0} assignments have been made`, lines: [] }),
  moved: "The assignment has been moved",
  late: (count) => ({ title: count("taken") === 1 ? "The judge has been added and took 1 entry" : `The judge has been added and took ${count("taken") ?? 0} entries`, lines: [] }),
});
