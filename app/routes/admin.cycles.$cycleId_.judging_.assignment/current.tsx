// The live first-round assignments, per released entry, with each judge's score-sheet progress.
import { SheetProgressTag } from "~/components/admin";
import { Table } from "~/components/nhsuk";

export type LiveRow = { entryId: number; code: string; organisation: string; judges: { id: number; name: string; side: string; progress: "not_started" | "draft" | "submitted" }[] };

export function CurrentAssignments({ live, liveCount }: { live: LiveRow[]; liveCount: number }) {
  return (
    <>
    <h2>Current assignments</h2>
    {liveCount === 0 ? (
      <p>No judge has been assigned yet.</p>
    ) : (
      <Table
        caption="Judges assigned to each entry, with their progress"
        rows={live}
        rowKey={(row) => row.entryId}
        columns={[
          { header: "Entry", cell: (row) => <code>{row.code}</code>, rowHeader: true },
          { header: "Organisation", cell: (row) => row.organisation },
          {
            header: "Judges and their score sheets",
            cell: (row) =>
              row.judges.length === 0 ? (
                "None"
              ) : (
                <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                  {row.judges.map((j) => (
                    <li key={j.id}>
                      {j.name} ({j.side}): <SheetProgressTag progress={j.progress} />
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    )}
    </>
  );
}
