// The results and shortlist pages' inputs: the results table's view in the address (for a browser
// without JavaScript), the round and ranking method asked for, and the shortlist form (a tick and a
// rationale per entry, fields named "pick-<nominationId>" and "rationale-<nominationId>").
import { z } from "zod";
import { RANKING_METHODS, type RankingMethod } from "~/domain/results";
import type { JudgingRound } from "../../db/schema";
import { formValues, type FormFailure } from "./forms.server";
import { DEFAULT_RESULTS_VIEW, RESULTS_PAGE_SIZE, type ResultsView } from "~/components/results-table";

const RoundSchema = z.enum(["first", "final"]).catch("first");

/** ?round=first|final; anything else is the first round. */
export function roundParam(url: URL): JudgingRound {
  return RoundSchema.parse(url.searchParams.get("round") ?? undefined);
}

const MethodSchema = z.enum(RANKING_METHODS as [RankingMethod, ...RankingMethod[]]);

/** ?method=raw|median|normalised, or null when it is missing or odd. */
export function methodParam(url: URL): RankingMethod | null {
  const parsed = MethodSchema.safeParse(url.searchParams.get("method") ?? undefined);
  return parsed.success ? parsed.data : null;
}

/** A saved shortlist_method, when it is one of ours. */
export function savedMethod(value: string | null): RankingMethod | null {
  const parsed = MethodSchema.safeParse(value ?? undefined);
  return parsed.success ? parsed.data : null;
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
 * (?cols=1&show=sheets&show=meanPercent…; without cols=1 every column is shown). A search cannot
 * be wrong, so odd values fall back to the default; the table checks the column names itself.
 */
export function resultsView(url: URL, columnIds: readonly string[]): ResultsView {
  const p = url.searchParams;
  const { sort, q, flags, page } = ViewSchema.parse({
    sort: p.get("sort") ?? undefined,
    q: p.get("q") ?? undefined,
    flags: p.get("flags") ?? undefined,
    page: p.get("page") ?? undefined,
  });
  const known = sort.sort === "code" || columnIds.includes(sort.sort);
  const shown = new Set(p.getAll("show"));
  const hidden = p.get("cols") === "1" ? columnIds.filter((id) => !shown.has(id)) : [];
  return {
    ...(known ? sort : { sort: DEFAULT_RESULTS_VIEW.sort, direction: DEFAULT_RESULTS_VIEW.direction }),
    q,
    flagsOnly: flags,
    pageIndex: page - 1,
    pageSize: RESULTS_PAGE_SIZE,
    hidden,
  };
}

const IntentSchema = z.enum(["save", "confirm"], { error: "Choose what to do" });

export function shortlistIntent(formData: FormData): "save" | "confirm" | null {
  const parsed = IntentSchema.safeParse(formData.get("intent") ?? undefined);
  return parsed.success ? parsed.data : null;
}

const rationaleFor = (code: string) =>
  z
    .string({ error: `Enter the rationale for choosing Entry ${code}` })
    .trim()
    .min(1, `Enter the rationale for choosing Entry ${code}`)
    .max(2000, `The rationale for Entry ${code} must be 2,000 characters or fewer`);

/**
 * The shortlist form: the method and, for every ticked entry (only the entries offered count), its
 * rationale. Errors are keyed by the field they belong to, in the order of the entries offered.
 */
export function parseShortlistForm(
  formData: FormData,
  offered: readonly { nominationId: number; code: string }[],
): { ok: true; data: { method: RankingMethod; picks: { nominationId: number; rationale: string }[] } } | ({ ok: false } & FormFailure) {
  const errors: Record<string, string> = {};
  const method = MethodSchema.safeParse(formData.get("method") ?? undefined);
  if (!method.success) errors.method = "Choose how the entries are ranked";
  const picks: { nominationId: number; rationale: string }[] = [];
  for (const entry of offered) {
    if (formData.get(`pick-${entry.nominationId}`) === null) continue;
    const rationale = rationaleFor(entry.code).safeParse(formData.get(`rationale-${entry.nominationId}`) ?? undefined);
    if (rationale.success) picks.push({ nominationId: entry.nominationId, rationale: rationale.data });
    else errors[`rationale-${entry.nominationId}`] = rationale.error.issues[0]?.message ?? "Enter the rationale";
  }
  if (picks.length === 0 && Object.keys(errors).length === 0) errors[offered.length ? `pick-${offered[0].nominationId}` : "form"] = "Choose at least one finalist";
  if (Object.keys(errors).length || !method.success) return { ok: false, errors, values: formValues(formData) };
  return { ok: true, data: { method: method.data, picks } };
}
