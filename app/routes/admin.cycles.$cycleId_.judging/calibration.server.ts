// The judging page's calibration data (decision 037): the practice entry chosen, the case studies to
// choose from, and each judge's practice sheet, by name (the secretariat's page only).
import { judgeSideLabel } from "~/domain/permissions";
import { formatUkDateTime } from "~/domain/uk-time";
import { RESULT_LABELS } from "~/domain/vocabulary";
import type { DB } from "~/platform/db.server";
import { calibrationProgress, getPracticeEntryForAdmin, listPracticeCandidates } from "~/models/practice.server";

export async function practiceSectionData(db: DB, cycleId: number) {
  const [entry, candidates, judges] = await Promise.all([getPracticeEntryForAdmin(db, cycleId), listPracticeCandidates(db), calibrationProgress(db, cycleId)]);
  return {
    entry: entry ? { ...entry, chosenAt: formatUkDateTime(entry.chosenAt) } : null,
    candidates: candidates.map((c) => ({ value: String(c.id), label: `${c.year}${c.isDemo ? " (demo)" : ""}: ${c.organisation}${c.title ? `, ${c.title}` : ""} (${RESULT_LABELS[c.result]})` })),
    judges: judges.map((j) => ({
      id: j.judgeId,
      name: j.name,
      side: judgeSideLabel(j.side),
      status: !entry ? "none" : !j.offered ? "conflict" : (j.status ?? "not_started"),
      submittedAt: j.submittedAt ? formatUkDateTime(j.submittedAt) : null,
    })),
  };
}
