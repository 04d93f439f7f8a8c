// The first round's entries as the shortlist page offers them: ranked by the chosen method (ties by
// judging code), the method's top N proposed, and any tie at the cut that the proposal broke by code.
import type { EntryResult, RankingMethod } from "~/domain/results";
import { roundResults, topBy } from "~/models/results.server";
import type { getDb } from "~/platform/db.server";

function rankOf(e: EntryResult, method: RankingMethod): number | null {
  return method === "raw" ? e.rawRank : method === "median" ? e.medianRank : e.normalisedRank;
}
function scoreOf(e: EntryResult, method: RankingMethod): number | null {
  return method === "raw" ? e.meanPercent : method === "median" ? e.medianPercent : e.normalisedPercent;
}

export type RankedEntry = { nominationId: number; code: string; rank: number; score: number; sheets: number };

/** The first round's ranked entries, in the method's order, and the method's top `finalists`. */
export async function rankedForShortlist(db: ReturnType<typeof getDb>, { cycleId, method, finalists }: { cycleId: number; method: RankingMethod; finalists: number }) {
  const r = await roundResults(db, { cycleId, round: "first" });
  const entries: RankedEntry[] = r.results.entries
    .filter((e) => rankOf(e, method) !== null)
    .sort((a, b) => rankOf(a, method)! - rankOf(b, method)! || (r.labels.get(a.entryId)?.code ?? "").localeCompare(r.labels.get(b.entryId)?.code ?? ""))
    .map((e) => ({ nominationId: e.entryId, code: r.labels.get(e.entryId)?.code ?? String(e.entryId), rank: rankOf(e, method)!, score: scoreOf(e, method)!, sheets: e.sheets }));
  const proposed = topBy(r.results, r.labels, method, finalists);
  // topBy takes exactly N, breaking a tie at the cut by code: the secretariat should see that tie.
  const cutRank = entries.find((e) => e.nominationId === proposed[proposed.length - 1])?.rank;
  const atCut = entries.filter((e) => e.rank === cutRank);
  const tieAtCut = atCut.some((e) => !proposed.includes(e.nominationId)) ? { rank: cutRank!, codes: atCut.map((e) => e.code) } : null;
  return { entries, proposed, tieAtCut };
}
