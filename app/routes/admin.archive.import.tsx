// Importing the archive's history from a CSV file with the columns of /winners.csv. Every row is
// checked first; a file with any problem is refused whole, each problem named with its line.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { ErrorListSummary } from "~/components/error-list-summary";
import { Button, NoticeSuccessBanner } from "~/components/forms";
import { decodeCsv, describeProblem } from "~/domain/archive-import";
import { importArchiveCsv } from "~/models/archive-import.server";
import { importNotices, importUpload } from "~/request/archive-import-forms.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/request/forms.server";
import { requireAdmin } from "~/request/permissions.server";
import { TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: adminTitle("Import entries from a CSV file", "Archive") }];

/** More than this many problems are counted, not listed: the first ones show what is wrong. */
const LISTED_PROBLEMS = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { notice: importNotices.from(request) };
}

type Refusal = { fileError: string; problems: string[]; more: number };

const refuse = (refusal: Refusal) => data(refusal, { status: 400 });

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  const upload = importUpload(formData);
  if (!upload.ok) return refuse({ fileError: upload.problem, problems: [upload.problem], more: 0 });
  const file = upload.file;
  const text = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  if (text === null) {
    const message = "The file must be saved as CSV UTF-8: in the spreadsheet, choose Save as, then CSV UTF-8";
    return refuse({ fileError: message, problems: [message], more: 0 });
  }
  const outcome = await importArchiveCsv(getDb(), text, admin.id);
  if (!outcome.ok) {
    const n = outcome.problems.length;
    return refuse({
      fileError: `The file has ${n === 1 ? "a problem" : `${n} problems`}: nothing was imported. Fix ${n === 1 ? "it" : "them"} and choose the file again`,
      problems: outcome.problems.slice(0, LISTED_PROBLEMS).map(describeProblem),
      more: Math.max(0, n - LISTED_PROBLEMS),
    });
  }
  const counts = { imported: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged };
  return redirect(importNotices.href("/admin/archive/import", "imported", counts));
}

export default function ImportArchive() {
  const { notice } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const error = refusal?.fileError;
  // A new location (after an import) starts a new form, so the file just imported is no longer chosen.
  const { key: formKey } = useLocation();
  return (
    <TwoThirds>
      <AdminBreadcrumb />
      {refusal ? <ErrorListSummary field="file" intro="Nothing was imported." messages={refusal.problems} more={refusal.more} /> : null}
      {!refusal && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <h1>Import entries from a CSV file</h1>
      <p>
        Add past years' winners, highly commended entries and finalists from a spreadsheet. Use the columns of the archive's own{" "}
        <a href="/winners.csv">CSV download</a>: download it, add or change rows, and import it here.
      </p>
      <ul>
        <li>A row with the year, organisation and result of an entry already in the archive updates that entry as a new version.</li>
        <li>Any other row is published as a new entry.</li>
        <li>Every row needs a source: a source_note, a source_url or both.</li>
        <li>If any row has a problem, nothing is imported, and each problem is listed with its line in the file.</li>
      </ul>
      <p>
        What was imported can be checked and edited in the <a href="/admin/archive">archive of winners</a>.
      </p>
      <Form method="post" encType="multipart/form-data" noValidate key={formKey}>
        <div className={`nhsuk-form-group nhsuk-file-upload${error ? " nhsuk-form-group--error" : ""}`}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor="file">
            CSV file
          </label>
          <div className="nhsuk-hint" id="file-hint">
            Saved as CSV UTF-8, up to 1 MB
          </div>
          {error ? (
            <span className="nhsuk-error-message" id="file-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          ) : null}
          <input
            className="nhsuk-file-upload__input"
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={error ? "file-hint file-error" : "file-hint"}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <Button>Import entries</Button>
      </Form>
    </TwoThirds>
  );
}
