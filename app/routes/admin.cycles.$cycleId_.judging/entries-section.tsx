// The entries for judging: preparing them (codes and redacted copies), the copies out of date, each
// one's review status, its judges and submitted sheets, and the links on to releasing and assigning.
import { Form, Link } from "@remix-run/react";
import { IntentButton, Table } from "~/components/nhsuk";
import { EntryStatusTag } from "~/components/judging-admin";
import { OutOfDateCopies } from "./out-of-date-copies";
import type { JudgingPageData } from "./page-data";

export function EntriesSection({ cycleId, entries, outOfDate }: { cycleId: number; entries: JudgingPageData["entries"]; outOfDate: JudgingPageData["outOfDate"] }) {
  const needsReview = entries.filter((e) => e.status === "needs_review").length;
  return (
    <>
      <h2>Entries for judging</h2>
      <OutOfDateCopies cycleId={cycleId} copies={outOfDate} />
      <p>
        Every complete nomination gets a judging code and a copy with its organisation, people and places hidden. Review each copy and release it to judges
        one by one. Preparing again picks up new complete nominations and rebuilds any whose text changed.
      </p>
      <Form method="post">
        <IntentButton intent="prepare">Prepare entries for judging</IntentButton>
      </Form>
      {entries.length === 0 ? (
        <p>No entries have been prepared yet.</p>
      ) : (
        <>
          <p>
            {entries.length} {entries.length === 1 ? "entry" : "entries"}; {needsReview} {needsReview === 1 ? "needs" : "need"} review.
          </p>
          <Table
            caption="Entries for judging, by code"
            rows={entries}
            rowKey={(e) => e.nominationId}
            columns={[
              {
                header: "Code",
                rowHeader: true,
                cell: (e) => (
                  <Link to={`/admin/cycles/${cycleId}/judging/entries/${e.nominationId}`}>
                    <span className="nhsuk-u-visually-hidden">Review entry </span>
                    <code>{e.code}</code>
                  </Link>
                ),
              },
              {
                header: "Organisation and title",
                cell: (e) => (
                  <>
                    {e.organisation}
                    <br />
                    <span className="nhsuk-body-s">
                      {e.reference}: {e.title || "Untitled"}
                    </span>
                  </>
                ),
              },
              { header: "Redaction", cell: (e) => <EntryStatusTag status={e.status} /> },
              { header: "Hidden", cell: (e) => e.redactionCount },
              { header: "Flags", cell: (e) => e.flagCount },
              {
                header: "Judges",
                cell: (e) =>
                  e.judges.length === 0 ? (
                    "None"
                  ) : (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {e.judges.map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                  ),
              },
              { header: "Sheets submitted", cell: (e) => `${e.submittedSheets} of ${e.judges.length}` },
            ]}
          />
        </>
      )}
      <p>
        <Link to={`/admin/cycles/${cycleId}/judging/release`}>Release every reviewed entry</Link>
      </p>
      <p>
        <Link to={`/admin/cycles/${cycleId}/judging/assignment`}>Assign judges to released entries</Link>
      </p>
    </>
  );
}
