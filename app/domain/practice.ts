// Calibration before scoring (decision 037): the practice entry a judge may score before their first
// score sheet, built from a past case study in the archive, and what a judge is shown once they have
// scored it: where each score sits against the criterion's descriptors and the other judges' practice
// scores, by code only. Practice scores are for the judge's own calibration and count nowhere else.
import type { Descriptor } from "./criteria";
import { fnv1a, weightedPercent, type CriterionForScoring, type JudgeEntryView } from "./judging";

/** The case-study fields a practice entry is scored on, with the headings judges see. */
export const PRACTICE_SECTIONS = [
  { key: "summary", heading: "Summary" },
  { key: "challenge", heading: "The challenge" },
  { key: "partnership_work", heading: "What was done in partnership" },
  { key: "outcomes", heading: "Outcomes and impact" },
  { key: "key_achievement", heading: "Key achievement" },
  { key: "top_tips", heading: "Top tips" },
] as const;
// "About the organisation" and "Further information and contact" are left out: they describe who the
// organisation is and how to reach it, which a judge must not learn, and carry nothing to score.

export type PracticeSectionKey = (typeof PRACTICE_SECTIONS)[number]["key"];

/** The judges' copy of a practice entry, as stored: redacted title and sections with their headings. */
export type PracticeCopy = { title: string; sections: { id: number; title: string; text: string }[] };

/** The texts of a case study that a practice entry is built from (the sections with text, in order). */
export function practiceSource(fields: { title: string | null } & Partial<Record<PracticeSectionKey, string | null>>): PracticeCopy {
  const sections = PRACTICE_SECTIONS.flatMap((s, i) => {
    const text = fields[s.key];
    return text && text.trim() ? [{ id: i + 1, title: s.heading, text }] : [];
  });
  return { title: fields.title ?? "", sections };
}

/** Whether a case study has enough in it to be scored against criteria: what was done, at least. */
export function isScorableCaseStudy(fields: Partial<Record<PracticeSectionKey, string | null>>): boolean {
  return Boolean(fields.partnership_work?.trim() || fields.challenge?.trim() || fields.outcomes?.trim());
}

export const PRACTICE_LABEL = "Practice entry";

/** The practice entry as the score sheet shows it: the same view type as any entry, with no identity. */
export function practiceEntryView(copy: PracticeCopy): JudgeEntryView {
  return { code: "PRACTICE", label: PRACTICE_LABEL, title: copy.title, sections: copy.sections.map((s) => ({ id: s.id, title: s.title, criterionId: null, text: s.text })) };
}

/**
 * Codes for the judges who scored the practice entry: "P1", "P2"..., in an order shuffled per cycle
 * (a hash of cycle and judge), so the codes say nothing of who joined first or submitted first, and
 * are not the results' codes ("J01"), which the secretariat uses.
 */
export function practiceCodes(cycleId: number, judgeIds: Iterable<number>): Map<number, string> {
  const ids = [...new Set(judgeIds)].sort((a, b) => fnv1a(`practice:${cycleId}:${a}`) - fnv1a(`practice:${cycleId}:${b}`) || a - b);
  return new Map(ids.map((id, i) => [id, `P${i + 1}`]));
}

/** Why a judge may not change their practice sheet now, or null. */
export function practiceProblem({ sheetStatus, firstSheetSubmitted }: { sheetStatus: "draft" | "submitted" | null; firstSheetSubmitted: boolean }): string | null {
  if (sheetStatus === "submitted") return "You have submitted your practice scores";
  if (firstSheetSubmitted) return "The practice entry is for before your first score sheet, and you have submitted one";
  return null;
}

export type PracticeCriterion = CriterionForScoring & { weight: number; descriptors: Descriptor[] };
export type PracticeSheetScores = { judgeId: number; scores: Record<number, number | null> };

export type CalibrationRow = {
  criterionId: number;
  title: string;
  scaleMin: number;
  scaleMax: number;
  mine: number | null;
  /** The descriptor of the score given, or those either side of it when it has none of its own. */
  nearest: { below: Descriptor | null; at: Descriptor | null; above: Descriptor | null };
  /** Everyone's scores (the judge's own included), by code, in code order. */
  scores: { code: string; score: number | null; mine: boolean }[];
  median: number | null;
  /** The judge's score less the median of the others' (null when nobody else has scored). */
  fromOthers: number | null;
};

export type Calibration = {
  rows: CalibrationRow[];
  /** Weighted percentages of every submitted practice sheet, by code. */
  totals: { code: string; percent: number | null; mine: boolean }[];
  others: number;
};

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The descriptor at a score, or those just below and above it. */
export function nearestDescriptors(descriptors: readonly Descriptor[], score: number | null): CalibrationRow["nearest"] {
  if (score === null) return { below: null, at: null, above: null };
  const at = descriptors.find((d) => d.score === score) ?? null;
  if (at) return { below: null, at, above: null };
  const below = [...descriptors].filter((d) => d.score < score).sort((a, b) => b.score - a.score)[0] ?? null;
  const above = [...descriptors].filter((d) => d.score > score).sort((a, b) => a.score - b.score)[0] ?? null;
  return { below, at: null, above };
}

/**
 * Where a judge's practice scores sit: per criterion, against the descriptors and against the other
 * judges' submitted practice scores (codes from practiceCodes; the judge's own sheet is marked).
 */
export function calibration(cycleId: number, judgeId: number, criteria: readonly PracticeCriterion[], sheets: readonly PracticeSheetScores[]): Calibration {
  const codes = practiceCodes(cycleId, sheets.map((s) => s.judgeId));
  const ordered = [...sheets].sort((a, b) => Number(codes.get(a.judgeId)!.slice(1)) - Number(codes.get(b.judgeId)!.slice(1)));
  const mineSheet = sheets.find((s) => s.judgeId === judgeId);
  const rows = criteria.map((c): CalibrationRow => {
    const mine = mineSheet?.scores[c.id] ?? null;
    const others = ordered.filter((s) => s.judgeId !== judgeId).map((s) => s.scores[c.id]).filter((v): v is number => typeof v === "number");
    const othersMedian = median(others);
    return {
      criterionId: c.id,
      title: c.title,
      scaleMin: c.scale_min,
      scaleMax: c.scale_max,
      mine,
      nearest: nearestDescriptors(c.descriptors, mine),
      scores: ordered.map((s) => ({ code: codes.get(s.judgeId)!, score: s.scores[c.id] ?? null, mine: s.judgeId === judgeId })),
      median: median(ordered.map((s) => s.scores[c.id]).filter((v): v is number => typeof v === "number")),
      fromOthers: mine !== null && othersMedian !== null ? mine - othersMedian : null,
    };
  });
  const totals = ordered.map((s) => ({ code: codes.get(s.judgeId)!, percent: weightedPercent(criteria, s.scores), mine: s.judgeId === judgeId }));
  return { rows, totals, others: ordered.filter((s) => s.judgeId !== judgeId).length };
}
