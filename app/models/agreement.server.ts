// Agreement between judges for the secretariat (issue 15, part 4): Krippendorff's alpha per
// criterion and overall (app/domain/agreement.ts) for a round, and for every cycle's first round,
// so the SPF can see across the years whether its criteria and descriptors work.
import type { Kysely } from "kysely";
import type { Database, JudgingRound } from "../../db/schema";
import { judgeAgreement, type AgreementReport } from "~/domain/agreement";
import type { ResultsCriterion, ResultsSheet } from "~/domain/results";
import { roundCriteria, submittedSheets, type RoundResults, type SheetRow } from "./results.server";

function agreementOf(criteria: ResultsCriterion[], sheets: SheetRow[]): AgreementReport {
  // The same sheets the results use: submitted, live, every criterion scored.
  const complete: ResultsSheet[] = sheets
    .filter((s) => criteria.every((c) => typeof s.scores[c.id] === "number"))
    .map((s) => ({ entryId: s.entryId, judgeId: s.judgeId, side: s.side, scores: s.scores as Record<number, number> }));
  return judgeAgreement(criteria, complete);
}

/** The agreement of a round whose results are already loaded. */
export const resultsAgreement = (r: RoundResults): AgreementReport => agreementOf(r.criteria, r.sheets);

/** A round's agreement from its complete submitted sheets. */
export async function roundAgreement(db: Kysely<Database>, { cycleId, round }: { cycleId: number; round: JudgingRound }): Promise<AgreementReport> {
  const [criteria, sheets] = await Promise.all([roundCriteria(db, cycleId, round), submittedSheets(db, cycleId, round)]);
  return agreementOf(criteria, sheets);
}

export type CycleAgreement = { cycleId: number; year: number; isDemo: boolean; sheets: number; report: AgreementReport };

/** Every cycle's first-round agreement, newest first. Cycles without a submitted sheet are listed with no figures. */
export async function agreementAcrossCycles(db: Kysely<Database>): Promise<CycleAgreement[]> {
  const cycles = await db.selectFrom("award_cycles").select(["id", "year", "is_demo"]).orderBy("year", "desc").execute();
  const out: CycleAgreement[] = [];
  for (const c of cycles) {
    const report = await roundAgreement(db, { cycleId: c.id, round: "first" });
    out.push({ cycleId: c.id, year: c.year, isDemo: c.is_demo === 1, sheets: report.overall.values, report });
  }
  return out;
}
