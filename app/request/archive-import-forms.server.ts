// The archive import page's inputs: the uploaded file, and the counts its address carries back
// after an import. The file's rows are checked by app/domain/archive-import.ts.
import { z } from "zod";

/** The uploaded file: a browser sends an empty, nameless one when none was chosen. */
export const ImportUploadSchema = z
  .instanceof(File, { message: "Choose a CSV file to import" })
  .refine((file) => file.size > 0 || file.name !== "", "Choose a CSV file to import")
  .refine((file) => file.size > 0, "The chosen file is empty");

// After an import: how many entries were new, updated or already up to date. Odd values are ignored.
const count = z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined);

export const ImportBannerSchema = z.object({ imported: count, updated: count, unchanged: count });
