// The results pages' inputs: the results table's view in the address (for a browser without
// JavaScript) and the round asked for. The shortlist page's own inputs are beside it
// (app/routes/admin.cycles.$cycleId_.shortlist/form.server.ts).
import { z } from "zod";
import type { JudgingRound } from "../../db/schema";
import { DEFAULT_RESULTS_VIEW, RESULTS_PAGE_SIZE, type ResultsView } from "~/domain/results-view";

const RoundSchema = z.enum(["first", "final"]).catch("first");

/** ?round=first|final; anything else is the first round. */
export function roundParam(url: URL): JudgingRound {
  return RoundSchema.parse(url.searchParams.get("round") ?? undefined);
}

const ViewSchema = z.object({
  sort: z
    .string()
    .regex(/^[A-Za-z0-9]{1,40}:(asc|desc)$/)
    .transform((v) => {
      const [sort, direction] = v.split(":") as [string, "asc" | "desc"];
      return { sort, direction };
    })
    .catch({ sort: DEFAULT_RESULTS_VIEW.sort, direction: DEFAULT_RESULTS_VIEW.direction }),
  q: z
    .string()
    .trim()
    .transform((q) => q.slice(0, 100))
    .catch(""),
  flags: z
    .literal("1")
    .transform(() => true)
    .catch(false),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/**
 * The results table's view: ?sort=normalisedRank:asc&q=AB&flags=1&page=2, and the columns shown
 * (?cols=1&show=sheets&show=meanPercent…; without cols=1 every column but the default-hidden ones
 * is shown). A search cannot
 * be wrong, so odd values fall back to the default; the table checks the column names itself.
 */
export function resultsView(url: URL, columnIds: readonly string[], defaultHidden: readonly string[] = []): ResultsView {
  const p = url.searchParams;
  const { sort, q, flags, page } = ViewSchema.parse({
    sort: p.get("sort") ?? undefined,
    q: p.get("q") ?? undefined,
    flags: p.get("flags") ?? undefined,
    page: p.get("page") ?? undefined,
  });
  const known = sort.sort === "code" || columnIds.includes(sort.sort);
  const shown = new Set(p.getAll("show"));
  const hidden = p.get("cols") === "1" ? columnIds.filter((id) => !shown.has(id)) : columnIds.filter((id) => defaultHidden.includes(id));
  return {
    ...(known ? sort : { sort: DEFAULT_RESULTS_VIEW.sort, direction: DEFAULT_RESULTS_VIEW.direction }),
    q,
    flagsOnly: flags,
    pageIndex: page - 1,
    pageSize: RESULTS_PAGE_SIZE,
    hidden,
  };
}
