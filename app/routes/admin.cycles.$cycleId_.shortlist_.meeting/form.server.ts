// The shortlisting meeting's form: one per entry, its fields named after the entry
// (agreedPosition-<id>, divergentView-<id>, heldBy-<id>, one checkbox per holder) so that every
// field on the page is there once. The rules of the record itself are app/domain/shortlisting-meeting.ts.
import { z } from "zod";
import type { MeetingRecordInput, MeetingRecordProblems } from "~/domain/shortlisting-meeting";
import { formValues, parseForm } from "~/request/forms.server";
import { defineNotices } from "~/request/notices.server";

export const MEETING_INTENTS = ["record"] as const;

export const meetingNotices = defineNotices({ saved: "The meeting's record is saved" });

export const fieldName = {
  agreedPosition: (id: number) => `agreedPosition-${id}`,
  divergentView: (id: number) => `divergentView-${id}`,
  heldBy: (id: number) => `heldBy-${id}`,
};

const EntrySchema = z.object({ nominationId: z.coerce.number().int().positive() });
const Text = z.string().max(20_000).catch("");

/** One entry's record as posted (read from the fields named after it); up to 50 holders, each once. */
const RecordSchema = z.object({
  agreedPosition: Text.default(""),
  divergentView: Text.default(""),
  heldBy: z.array(z.string()).transform((holders) => [...new Set(holders.slice(0, 50))]),
}) satisfies z.ZodType<MeetingRecordInput>;

/** The posted entry and its record as typed; null when the form names no entry. */
export function parseMeetingForm(formData: FormData): { nominationId: number; record: MeetingRecordInput } | null {
  const entry = parseForm(EntrySchema, formData);
  if (!entry.ok) return null;
  const id = entry.data.nominationId;
  const record = RecordSchema.parse({
    agreedPosition: formData.get(fieldName.agreedPosition(id)) ?? undefined,
    divergentView: formData.get(fieldName.divergentView(id)) ?? undefined,
    heldBy: formData.getAll(fieldName.heldBy(id)).filter((v): v is string => typeof v === "string"),
  });
  return { nominationId: id, record };
}

/** The typed values to show again (every holder ticked, comma-joined) and the problems by field. */
export function meetingFailure(formData: FormData, nominationId: number, record: MeetingRecordInput, problems: MeetingRecordProblems) {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems) as [keyof MeetingRecordProblems, string][]) errors[fieldName[field](nominationId)] = message;
  return { errors, values: { ...formValues(formData), [fieldName.heldBy(nominationId)]: record.heldBy.join(",") } };
}
