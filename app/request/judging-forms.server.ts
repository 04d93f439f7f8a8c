// The zod schemas of the judging forms (judges' and the secretariat's), kept out of the browser
// bundle (see account-forms.server.ts for why they are not at the top of the route modules).
import { z } from "zod";
import { DECLARABLE_CONFLICT_KINDS, type DeclarableConflictKind } from "~/domain/conflicts";
import { commentField, scoreField, OVERALL_FIELD, type SheetInput } from "~/domain/judging";
import { DEFAULT_EXTRA_SHEETS, MAX_EXTRA_SHEETS } from "~/domain/second-look";
import { requiredText } from "./fields.server";
import { parseForm } from "./forms.server";
import { defineNotices } from "./notices.server";

export const REASON_MAX = 1000;

export const StatementSchema = z.object({
  accept: z.literal("yes", { error: "Confirm that you accept the statement" }),
});

const CONFLICT_KINDS = DECLARABLE_CONFLICT_KINDS as unknown as [DeclarableConflictKind, ...DeclarableConflictKind[]];

/** The judge's conflicts page: declare one, or remove one of theirs. */
export const CONFLICT_INTENTS = ["declare", "remove"] as const;

export const RemoveConflictSchema = z.object({ conflictId: z.coerce.number().int().positive() });

export const ConflictSchema = z
  .object({
    organisationId: z.coerce.number({ error: "Select the organisation" }).int().positive("Select the organisation"),
    kind: z.enum(CONFLICT_KINDS, { error: "Select how you are connected to the organisation" }),
    note: z.string().trim().max(500, "Your note must be 500 characters or fewer").optional().transform((v) => (v ? v : null)),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "personal_connection" && !value.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say briefly what the personal connection is" });
    }
  });

export const RecusalSchema = z.object({
  reason: requiredText("Enter why you are stepping away from this entry", { max: REASON_MAX, label: "Your reason" }),
});

export const ReasonSchema = z.object({
  reason: requiredText("Enter the reason", { max: REASON_MAX, label: "The reason" }),
});

export const RedactionTermSchema = z.object({
  text: requiredText("Enter the words to hide", { max: 2000, label: "The words to hide" }).refine((t) => t.length >= 2, "Enter at least 2 characters"),
  kind: z.enum(["organisation", "person", "place", "contact", "term"], { error: "Select what the words are" }),
});

export const FlagDecisionSchema = z.object({
  flagKey: z.string().min(1).max(2000),
  decision: z.enum(["hide", "keep"]),
});

export const MoveSchema = z.object({
  entryId: z.coerce.number({ error: "Select the entry" }).int().positive("Select the entry"),
  fromJudgeId: z.coerce.number({ error: "Select the judge to move it from" }).int().positive("Select the judge to move it from"),
  toJudgeId: z.coerce.number({ error: "Select the judge to move it to" }).int().positive("Select the judge to move it to"),
  reason: requiredText("Enter the reason for the move", { max: REASON_MAX, label: "The reason" }),
  override: z.literal("yes").optional(),
});

/** The entries the release page listed (its hidden `nominationId` fields): each a positive whole number, anything else left out. */
const ReleaseSchema = z.object({
  nominationId: z.array(z.coerce.number().int().positive().catch(0)).transform((ids) => ids.filter((id) => id > 0)),
});

export function releaseExpected(formData: FormData): number[] {
  const parsed = parseForm(ReleaseSchema, formData, { repeated: ["nominationId"] });
  return parsed.ok ? parsed.data.nominationId : [];
}

/** The reason for reopening one score sheet, posted as `reason-<sheetId>` so each sheet's field is its own. */
export function reopenReason(formData: FormData, sheetId: number) {
  return parseForm(z.object({ [`reason-${sheetId}`]: ReasonSchema.shape.reason }), formData);
}

export const SeedSchema = z.object({
  seed: z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(1, "Enter a number from 1 to 999999").max(999_999, "Enter a number from 1 to 999999"),
});

/**
 * The revision of the sheet the judge's page started from: -1, which matches no sheet, when it is
 * not a whole number (a sheet is saved only at the revision it was read at).
 */
const RevisionSchema = z.object({ revision: z.string().default("").pipe(z.coerce.number<string>().int().min(0)).catch(-1) });

export function sheetRevision(formData: FormData): number {
  const parsed = parseForm(RevisionSchema, formData);
  return parsed.ok ? parsed.data.revision : -1;
}

/**
 * The score sheet's fields as posted, by criterion id read from the field names (score_12,
 * comment_12). Which criteria there are is the model's business: parseSheet goes through the round's
 * criteria, takes their fields and ignores any other, so a missing one is reported, never skipped.
 */
export function sheetInput(formData: FormData): SheetInput & { revision: number; intent: string } {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const ids = new Set<number>();
  for (const key of formData.keys()) {
    const match = /^(?:score|comment)_(\d{1,9})$/.exec(key);
    if (match) ids.add(Number(match[1]));
  }
  return {
    scores: Object.fromEntries([...ids].map((id) => [id, text(scoreField(id))])),
    comments: Object.fromEntries([...ids].map((id) => [id, text(commentField(id))])),
    overallComment: text(OVERALL_FIELD),
    revision: sheetRevision(formData),
    intent: text("intent"),
  };
}

/** The reason for bending the load rule when confirming an assignment or a second look. */
export const OverrideReasonSchema = z.object({
  overrideReason: requiredText("Enter why the load rule may be bent", { max: REASON_MAX, label: "The reason" }),
});

const EXTRA_SHEETS_MESSAGE = `Enter a whole number of extra sheets from 1 to ${MAX_EXTRA_SHEETS}`;

/**
 * A second look's two fields, the same in its preview's address and its confirming form: the ticked
 * entries (a repeated field: each id once, anything that is not an id dropped) and the extra sheets
 * per entry (left out or empty is the default).
 */
const SecondLookSchema = z.object({
  entry: z
    .array(z.string())
    .transform((ids) => [...new Set(ids.filter((v) => /^[1-9][0-9]{0,14}$/.test(v)).map(Number))])
    .pipe(z.array(z.number()).min(1, "Select at least one entry for a second look")),
  extra: z
    .string({ error: EXTRA_SHEETS_MESSAGE })
    .regex(/^(?:\s*[0-9]{1,2}\s*)?$/, EXTRA_SHEETS_MESSAGE)
    .transform((v) => (v === "" ? DEFAULT_EXTRA_SHEETS : Number(v)))
    .pipe(z.number().min(1, EXTRA_SHEETS_MESSAGE).max(MAX_EXTRA_SHEETS, EXTRA_SHEETS_MESSAGE))
    .default(DEFAULT_EXTRA_SHEETS),
  /** Only the confirming form sends it, when its preview bent the load rule: "yes", anything else is no. */
  override: z.literal("yes").optional().catch(undefined),
});

/**
 * The second look's choice from its address or its form. Each field is read on its own, so a wrong
 * number of sheets still keeps the entries ticked: a wrong one is the default with its message, and
 * no entry is an empty list with its message (the preview's address asks for it only once previewing).
 */
export function secondLookChoice(fields: URLSearchParams | FormData): { entryIds: number[]; extra: number; override: boolean; errors: { entry?: string; extra?: string } } {
  const { entry, extra, override } = SecondLookSchema.shape;
  const entries = entry.safeParse(fields.getAll("entry").filter((v): v is string => typeof v === "string"));
  const sheets = extra.safeParse(fields.get("extra") ?? undefined);
  return {
    entryIds: entries.success ? entries.data : [],
    extra: sheets.success ? sheets.data : DEFAULT_EXTRA_SHEETS,
    override: override.parse(fields.get("override") ?? undefined) === "yes",
    errors: {
      ...(entries.success ? {} : { entry: entries.error.issues[0].message }),
      ...(sheets.success ? {} : { extra: sheets.error.issues[0].message }),
    },
  };
}

// The "-late" notices are the same whatever organisation was named: they must not say whether the
// judge held any of its entries (decision 016).
export const conflictNotices = defineNotices({
  declared: "Your conflict of interest has been recorded. Entries from that organisation will not be given to you.",
  "declared-late":
    "Your conflict of interest has been recorded and sent to the SPF secretariat. Your list of entries stays as it is; the secretariat will make sure your scores for that organisation's entries do not count.",
  removed: "That conflict of interest has been removed.",
  "removed-late": "That conflict of interest has been withdrawn. This has been recorded and sent to the SPF secretariat.",
});

const SUBMITTED = { title: "Done", lines: ["Your score sheet has been submitted."] };

/** What a judge's list of entries says after a score sheet is submitted or an entry stepped away from. */
export const judgeListNotices = defineNotices({
  recused: { title: "Done", lines: ["You have stepped away from that entry. It has been removed from your list."] },
  submitted: SUBMITTED,
});

/** What the final round's list says after a score sheet is submitted. */
export const finalListNotices = defineNotices({ submitted: SUBMITTED });

/** What the second look says once its extra score sheets are assigned (?notice=confirmed&added=4). */
export const secondLookNotices = defineNotices({
  confirmed: (count) => {
    const added = count("added") ?? 0;
    return { title: added === 1 ? "1 extra score sheet has been assigned" : `${added} extra score sheets have been assigned`, lines: [] };
  },
});

/** What the release page says after releasing the reviewed entries (?notice=released&released=12); the page adds the link to assignment. */
export const releaseNotices = defineNotices({
  released: (count) => {
    const n = count("released");
    return n === null ? null : { title: `${n === 1 ? "1 entry" : `${n} entries`} released to judging`, lines: [] };
  },
});
