// The archive import page's inputs: the uploaded file, and the notice its address carries back
// after an import. The file's rows are checked by app/domain/archive-import.ts.
import { z } from "zod";
import { defineNotices } from "./notices.server";

/** The uploaded file: a browser sends an empty, nameless one when none was chosen. */
const ImportUploadSchema = z
  .instanceof(File, { message: "Choose a CSV file to import" })
  .refine((file) => file.size > 0 || file.name !== "", "Choose a CSV file to import")
  .refine((file) => file.size > 0, "The chosen file is empty");

/** The file posted in the form's `file` field, checked; the message names what is wrong. */
export function importUpload(formData: FormData): { ok: true; file: File } | { ok: false; problem: string } {
  const upload = ImportUploadSchema.safeParse(formData.get("file"));
  return upload.success ? { ok: true, file: upload.data } : { ok: false, problem: upload.error.issues[0]?.message ?? "Choose a CSV file to import" };
}

const entries = (n: number) => `${n} new ${n === 1 ? "entry" : "entries"}`;

/** After an import: how many entries were new, updated or already up to date (?notice=imported&imported=3&updated=1&unchanged=0). */
export const importNotices = defineNotices({
  imported: (count) => {
    const [imported, updated, unchanged] = [count("imported"), count("updated"), count("unchanged")];
    if (imported === null || updated === null) return null;
    return { title: `Imported ${entries(imported)} and updated ${updated}`, lines: unchanged ? [`${unchanged} of the file's entries were already up to date.`] : [] };
  },
});
