// The form of a finalist's case study (/admin/cycles/:id/case-studies/:nominationId): the edit, the
// choice about a personal detail, and the banner after a change. A .server module, so zod never
// reaches the browser bundle. The case study's fields are parsed by the archive entry's own schema,
// so the two forms accept exactly the same things. The final-round page's own forms are beside it
// (app/routes/admin.cycles.$cycleId_.final/form.server.ts).
import { z } from "zod";
import type { ArchiveEntryFields } from "~/domain/archive";
import { ArchiveEntryEditSchema, VersionSchema } from "./admin-forms.server";
import { formValues, parseForm, type FormFailure } from "./forms.server";
import { defineNotices } from "./notices.server";

type Parsed<T> = { ok: true; data: T } | ({ ok: false } & FormFailure);

/** What a case study's page says after a change, with the draft's version where it names it. */
export const caseStudyNotices = defineNotices({
  saved: (_count, _text, draft: { version: number }) => ({ title: `Your changes have been saved as version ${draft.version}`, lines: [] }),
  unchanged: { title: "Nothing was changed", lines: ["The case study is the same as before, so no new version was made."], plain: true },
  kept: "The detail will be published as it is",
  removed: (_count, _text, draft) => ({ title: `The detail has been removed, in version ${draft.version}`, lines: [] }),
});

/** A case study's page: a choice about one personal detail, and the edit (whose form sends no intent). */
export const CASE_STUDY_INTENTS = ["keep-detail", "remove-detail", "save"] as const;

/** The secretariat's choice about one personal detail in a case study (decision 020). */
export const CaseStudyDetailSchema = z.object({
  intent: z.enum(["keep-detail", "remove-detail"]),
  kind: z.enum(["name", "email", "phone", "postcode"], { error: "Reload the page and try again" }),
  value: z.string({ error: "Reload the page and try again" }).min(1, "Reload the page and try again").max(1000, "Reload the page and try again"),
});

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
  const version = parseForm(VersionSchema, formData);
  const fields = parseForm(ArchiveEntryEditSchema, normalised);
  if (!fields.ok || !version.ok) {
    const errors = fields.ok ? {} : fields.errors;
    if (!version.ok) errors.form = "Reload the page and try again: the version you started from is missing";
    return { ok: false, errors, values: formValues(formData) };
  }
  return { ok: true, data: { fields: fields.data.fields, note: fields.data.note, version: version.data.version } };
}
