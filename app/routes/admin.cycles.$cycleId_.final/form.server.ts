// The forms of the final-round page: what each intent posts, and how it is read. Repeated names
// (the panel's and the highly commended checkboxes) are kept as comma-joined values, so that a
// refused form ticks again what was ticked.
import { z } from "zod";
import { readUkDateTime, ukDateTimeParts } from "~/request/cycle-forms.server";
import { formValues, parseForm, type FormFailure } from "~/request/forms.server";

/** What a form on the page is for; each has one action function in actions.server.ts. */
export const FINAL_INTENTS = ["panel", "reopen", "decisions", "move", "publish", "draft_case_studies"] as const;

const RATIONALE_MAX = 2000;
const REASON_MAX = 500;
const id = /^[1-9][0-9]{0,14}$/;

type Parsed<T> = { ok: true; data: T } | ({ ok: false } & FormFailure);

/** Every value of a repeated field (checkboxes), as strings. */
function all(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}

/** The panel: the judges ticked, each once (none is allowed: it empties the panel), all of them active judges. */
const panelSchema = (activeJudgeIds: ReadonlySet<number>) =>
  z.object({
    judge: z
      .array(z.string().regex(id, "Choose judges from the list").transform(Number))
      .refine((ids) => ids.every((n) => activeJudgeIds.has(n)), "Choose judges from the list")
      .transform((ids) => [...new Set(ids)]),
  });

export function parsePanel(formData: FormData, activeJudgeIds: ReadonlySet<number>): Parsed<{ judgeIds: number[] }> {
  const parsed = parseForm(panelSchema(activeJudgeIds), formData, { repeated: ["judge"] });
  return parsed.ok ? { ok: true, data: { judgeIds: parsed.data.judge } } : parsed;
}

const ReopenSheetSchema = z.object({ sheet_id: z.string().regex(id).transform(Number) });

/** A text that must be there: missing or blank is `blank`, longer than `max` (once trimmed) is `long`. */
const neededText = (blank: string, max: number, long: string) => z.string().default("").pipe(z.string().trim().min(1, blank).max(max, long));

const reopenReason = neededText("Enter why the score sheet is being reopened", REASON_MAX, `Reason must be ${REASON_MAX} characters or fewer`);

/** Reopening one submitted final-round sheet: its id, and the reason (reason_<sheetId>, so ids stay unique). */
export function parseReopen(formData: FormData): Parsed<{ sheetId: number; reason: string }> {
  const sheet = parseForm(ReopenSheetSchema, formData);
  if (!sheet.ok) return { ok: false, errors: { form: "Choose the score sheet to reopen" }, values: formValues(formData) };
  const field = `reason_${sheet.data.sheet_id}`;
  const reason = parseForm(z.object({ [field]: reopenReason }), formData);
  if (!reason.ok) return reason;
  return { ok: true, data: { sheetId: sheet.data.sheet_id, reason: reason.data[field] } };
}

/**
 * Recording the decisions before every final-round score sheet is in: a tick that says so, and why.
 * Either alone is a mistake; neither is fine here, and the model refuses if sheets are missing.
 */
const SheetsNotInSchema = z
  .object({
    sheets_confirmed: z.literal("yes").optional().catch(undefined),
    sheets_reason: z.string().trim().max(REASON_MAX, `The reason must be ${REASON_MAX} characters or fewer`).optional(),
  })
  .superRefine((form, ctx) => {
    if (form.sheets_confirmed && !form.sheets_reason) ctx.addIssue({ code: "custom", path: ["sheets_reason"], message: "Enter why the decisions are recorded before every score sheet is in" });
    if (!form.sheets_confirmed && form.sheets_reason) ctx.addIssue({ code: "custom", path: ["sheets_confirmed"], message: "Confirm that the decisions are recorded before every score sheet is in" });
  })
  .transform((form) => (form.sheets_confirmed && form.sheets_reason ? form.sheets_reason : null));

const rationaleText = neededText("Enter the rationale for each finalist you choose", RATIONALE_MAX, `Rationale must be ${RATIONALE_MAX.toLocaleString("en-GB")} characters or fewer`);

export type DecisionInput = { nominationId: number; result: "winner" | "highly_commended"; rationale: string };

/**
 * The decisions: one winner (radios named winner), any highly commended (checkboxes named hc), a
 * rationale (rationale_<nominationId>) for each finalist chosen, checked against the finalists; and,
 * when the secretariat records them before every sheet is in, the confirmation and its reason.
 */
export function parseDecisions(formData: FormData, finalistIds: readonly number[]): Parsed<{ decisions: DecisionInput[]; sheetsNotInReason: string | null }> {
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
  const rationales = parseForm(z.object(Object.fromEntries(chosen.map((n) => [`rationale_${n}`, rationaleText]))), formData);
  if (!rationales.ok) Object.assign(errors, rationales.errors);
  const sheetsNotIn = parseForm(SheetsNotInSchema, formData);
  if (!sheetsNotIn.ok) Object.assign(errors, sheetsNotIn.errors);
  if (Object.keys(errors).length || !sheetsNotIn.ok || !rationales.ok) return { ok: false, errors, values };
  const rationale = (n: number) => rationales.data[`rationale_${n}`];
  const winner = Number(winners[0]);
  return {
    ok: true,
    data: {
      decisions: [
        { nominationId: winner, result: "winner", rationale: rationale(winner) },
        ...[...new Set(hc.map(Number))].map((n): DecisionInput => ({ nominationId: n, result: "highly_commended", rationale: rationale(n) })),
      ],
      sheetsNotInReason: sheetsNotIn.data,
    },
  };
}

/** The new announcement time, typed as UK day, month, year and time (announcement_day, … announcement_time). */
export function parseMoveAnnouncement(formData: FormData): Parsed<{ to: string }> {
  const read = readUkDateTime("The announcement", ukDateTimeParts(formData, "announcement"), true);
  if (!read.ok) return { ok: false, errors: { announcement: read.message }, values: formValues(formData) };
  return { ok: true, data: { to: read.utc! } };
}
