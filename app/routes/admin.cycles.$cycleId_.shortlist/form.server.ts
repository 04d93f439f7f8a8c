// The shortlist page's inputs: the ranking method asked for in the address (or saved with the
// shortlist), and the shortlist form (a tick and a rationale per entry, fields named
// "pick-<nominationId>" and "rationale-<nominationId>").
import { z } from "zod";
import { RANKING_METHODS, type RankingMethod } from "~/domain/results";
import { formValues, parseForm, type FormFailure } from "~/request/forms.server";

/** What a form on the page is for; each has one action function in actions.server.ts. */
export const SHORTLIST_INTENTS = ["save", "confirm"] as const;

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

const PostedMethodSchema = z.object({ method: MethodSchema });

/** The method the shortlist form was ranked by, or null when it is missing or odd. */
export function postedMethod(formData: FormData): RankingMethod | null {
  const parsed = parseForm(PostedMethodSchema, formData);
  return parsed.ok ? parsed.data.method : null;
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
  const method = postedMethod(formData);
  if (!method) errors.method = "Choose how the entries are ranked";
  const picks: { nominationId: number; rationale: string }[] = [];
  for (const entry of offered) {
    if (formData.get(`pick-${entry.nominationId}`) === null) continue;
    const rationale = rationaleFor(entry.code).safeParse(formData.get(`rationale-${entry.nominationId}`) ?? undefined);
    if (rationale.success) picks.push({ nominationId: entry.nominationId, rationale: rationale.data });
    else errors[`rationale-${entry.nominationId}`] = rationale.error.issues[0]?.message ?? "Enter the rationale";
  }
  if (picks.length === 0 && Object.keys(errors).length === 0) errors[offered.length ? `pick-${offered[0].nominationId}` : "form"] = "Choose at least one finalist";
  if (Object.keys(errors).length || !method) return { ok: false, errors, values: formValues(formData) };
  return { ok: true, data: { method, picks } };
}
