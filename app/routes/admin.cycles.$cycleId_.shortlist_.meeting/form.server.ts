// The shortlisting meeting's form: one per entry, its fields named after the entry
// (agreedPosition-<id>, divergentView-<id>, heldBy-<id>, one checkbox per holder) so that every
// field on the page is there once. The rules of the record itself are app/domain/shortlisting-meeting.ts.
import { z } from "zod";
import type { MeetingRecordInput, MeetingRecordProblems } from "~/domain/shortlisting-meeting";
import { formValues } from "~/request/forms.server";
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

/** The posted entry and its record as typed; null when the form names no entry. */
export function parseMeetingForm(formData: FormData): { nominationId: number; record: MeetingRecordInput } | null {
  const entry = EntrySchema.safeParse({ nominationId: formData.get("nominationId") });
  if (!entry.success) return null;
  const id = entry.data.nominationId;
  const heldBy = formData
    .getAll(fieldName.heldBy(id))
    .filter((v): v is string => typeof v === "string")
    .slice(0, 50);
  return {
    nominationId: id,
    record: {
      agreedPosition: Text.parse(formData.get(fieldName.agreedPosition(id)) ?? ""),
      divergentView: Text.parse(formData.get(fieldName.divergentView(id)) ?? ""),
      heldBy: [...new Set(heldBy)],
    },
  };
}

/** The typed values to show again (every holder ticked, comma-joined) and the problems by field. */
export function meetingFailure(formData: FormData, nominationId: number, record: MeetingRecordInput, problems: MeetingRecordProblems) {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems) as [keyof MeetingRecordProblems, string][]) errors[fieldName[field](nominationId)] = message;
  return { errors, values: { ...formValues(formData), [fieldName.heldBy(nominationId)]: record.heldBy.join(",") } };
}
