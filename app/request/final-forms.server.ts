// The forms of the final round and the announcement (/admin/cycles/:id/final) and of a finalist's
// case study (/admin/cycles/:id/case-studies/:nominationId). A .server module, so zod never reaches
// the browser bundle. The case study's fields are parsed by the archive entry's own schema, so the
// two forms accept exactly the same things.
import { z } from "zod";
import type { ArchiveEntryFields } from "~/domain/archive";
import { ArchiveEntryEditSchema } from "./admin-forms.server";
import { readUkDateTime } from "./cycle-forms.server";
import { formValues, parseForm, type FormFailure } from "./forms.server";

export const FinalIntentSchema = z.enum(["panel", "reopen", "decisions", "move", "publish"]);

const RATIONALE_MAX = 2000;
const REASON_MAX = 500;
const id = /^[1-9][0-9]{0,14}$/;

type Parsed<T> = { ok: true; data: T } | ({ ok: false } & FormFailure);

/** Every value of a repeated field (checkboxes), as strings. */
function all(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}

/** The panel: the judges ticked (none is allowed: it empties the panel). */
export function parsePanel(formData: FormData, activeJudgeIds: ReadonlySet<number>): Parsed<{ judgeIds: number[] }> {
  const raw = all(formData, "judge");
  if (raw.some((v) => !id.test(v) || !activeJudgeIds.has(Number(v)))) {
    return { ok: false, errors: { judge: "Choose judges from the list" }, values: { ...formValues(formData), judge: raw.join(",") } };
  }
  return { ok: true, data: { judgeIds: [...new Set(raw.map(Number))] } };
}

/** Reopening one submitted final-round sheet: its id, and the reason (reason_<sheetId>, so ids stay unique). */
export function parseReopen(formData: FormData): Parsed<{ sheetId: number; reason: string }> {
  const sheet = formData.get("sheet_id");
  if (typeof sheet !== "string" || !id.test(sheet)) return { ok: false, errors: { form: "Choose the score sheet to reopen" }, values: formValues(formData) };
  const field = `reason_${sheet}`;
  const reason = String(formData.get(field) ?? "").trim();
  if (!reason) return { ok: false, errors: { [field]: "Enter why the score sheet is being reopened" }, values: formValues(formData) };
  if (reason.length > REASON_MAX) return { ok: false, errors: { [field]: `Reason must be ${REASON_MAX} characters or fewer` }, values: formValues(formData) };
  return { ok: true, data: { sheetId: Number(sheet), reason } };
}

export type DecisionInput = { nominationId: number; result: "winner" | "highly_commended"; rationale: string };

/**
 * The decisions: one winner (radios named winner), any highly commended (checkboxes named hc), and a
 * rationale (rationale_<nominationId>) for each finalist chosen. Checked against the finalists.
 */
export function parseDecisions(formData: FormData, finalistIds: readonly number[]): Parsed<{ decisions: DecisionInput[] }> {
  const winners = all(formData, "winner").filter(Boolean);
  const hc = all(formData, "hc").filter(Boolean);
  const values = { ...formValues(formData), winner: winners.join(","), hc: hc.join(",") };
  const errors: Record<string, string> = {};
  const finalist = (v: string) => id.test(v) && finalistIds.includes(Number(v));
  if (winners.length === 0) errors.winner = "Choose the winner";
  else if (winners.length > 1) errors.winner = "Choose only one winner";
  else if (!finalist(winners[0])) errors.winner = "Choose the winner from the finalists";
  if (hc.some((v) => !finalist(v))) errors.hc = "Choose highly commended entries from the finalists";
  else if (winners.length === 1 && hc.includes(winners[0])) errors.hc = "The winner cannot also be highly commended";
  const chosen = [...new Set([...winners, ...hc])].filter(finalist).map(Number);
  const rationales = new Map<number, string>();
  for (const n of chosen) {
    const text = String(formData.get(`rationale_${n}`) ?? "").trim();
    if (!text) errors[`rationale_${n}`] = "Enter the rationale for each finalist you choose";
    else if (text.length > RATIONALE_MAX) errors[`rationale_${n}`] = `Rationale must be ${RATIONALE_MAX.toLocaleString("en-GB")} characters or fewer`;
    rationales.set(n, text);
  }
  if (Object.keys(errors).length) return { ok: false, errors, values };
  const winner = Number(winners[0]);
  return {
    ok: true,
    data: {
      decisions: [
        { nominationId: winner, result: "winner", rationale: rationales.get(winner)! },
        ...[...new Set(hc.map(Number))].map((n): DecisionInput => ({ nominationId: n, result: "highly_commended", rationale: rationales.get(n)! })),
      ],
    },
  };
}

/** The new announcement time, typed as UK date and time (announcement_date, announcement_time). */
export function parseMoveAnnouncement(formData: FormData): Parsed<{ to: string }> {
  const read = readUkDateTime("The announcement", String(formData.get("announcement_date") ?? ""), String(formData.get("announcement_time") ?? ""), true);
  if (!read.ok) return { ok: false, errors: { announcement: read.message }, values: formValues(formData) };
  return { ok: true, data: { to: read.utc! } };
}

/** What the final page was sent back after a change; odd values are ignored. */
export const FinalNoticeSchema = z.object({
  notice: z.enum(["panel", "reopened", "decisions", "moved", "published"]).optional().catch(undefined),
  assigned: z.coerce.number().int().min(0).max(100_000).optional().catch(undefined),
  skipped: z.coerce.number().int().min(0).max(100_000).optional().catch(undefined),
});

export const CaseStudyNoticeSchema = z.object({
  notice: z.enum(["saved", "unchanged", "kept", "removed"]).optional().catch(undefined),
});

/** The secretariat's choice about one personal detail in a case study (decision 020). */
export const CaseStudyDetailSchema = z.object({
  intent: z.enum(["keep-detail", "remove-detail"]),
  kind: z.enum(["name", "email", "phone", "postcode"], { error: "Reload the page and try again" }),
  value: z.string({ error: "Reload the page and try again" }).min(1, "Reload the page and try again").max(1000, "Reload the page and try again"),
});

const VersionSchema = z.object({ version: z.coerce.number({ error: "Reload the page and try again" }).int().positive("Reload the page and try again") });

/**
 * A case study's edit: the archive entry's own fields and rules, with the year and result taken from
 * the draft (they follow the cycle and the decisions, not the form), line endings made \n (browsers
 * send textareas with \r\n), and the version the editor started from.
 */
export function parseCaseStudyEdit(
  formData: FormData,
  fixed: Pick<ArchiveEntryFields, "year" | "result">,
): Parsed<{ fields: ArchiveEntryFields; note: string | null; version: number }> {
  const normalised = new FormData();
  for (const [key, value] of formData.entries()) if (typeof value === "string") normalised.set(key, value.replace(/\r\n?/g, "\n"));
  normalised.set("year", String(fixed.year));
  normalised.set("result", fixed.result);
  const version = VersionSchema.safeParse({ version: formData.get("version") });
  const fields = parseForm(ArchiveEntryEditSchema, normalised);
  if (!fields.ok || !version.success) {
    const errors = fields.ok ? {} : fields.errors;
    if (!version.success) errors.form = "Reload the page and try again: the version you started from is missing";
    return { ok: false, errors, values: formValues(formData) };
  }
  return { ok: true, data: { fields: fields.data.fields, note: fields.data.note, version: version.data.version } };
}
