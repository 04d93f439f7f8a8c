// The public archive's query parameters. Anything a visitor puts in the address is read leniently:
// an unknown filter is ignored, never an error page.
import { z } from "zod";
import { ORGANISATION_TYPES } from "../../db/schema";

const year = z.coerce.number().int().min(2010).max(2100).optional().catch(undefined);
const text = (max: number) =>
  z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v.trim().slice(0, max) : undefined) || undefined);

export const WinnersQuerySchema = z.object({
  q: text(2000),
  theme: text(100),
  region: text(100),
  type: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  from: year,
  to: year,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

// From 2000: a page is only found for a listed year (see listedYears), which a year with entries is.
export const YearParamSchema = z.coerce.number().int().min(2000).max(2100);

/** Reads a URL's search parameters into an object zod can check (the first value of each). */
export function searchParamsObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  return out;
}
