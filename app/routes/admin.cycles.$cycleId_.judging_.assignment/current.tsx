// The live first-round assignments, per released entry, with each judge's score-sheet progress.
import { SheetProgressTag } from "~/components/admin";

export type LiveRow = { entryId: number; code: string; organisation: string; judges: { id: number; name: string; side: string; progress: "not_started" | "draft" | "submitted" }[] };

export function CurrentAssignments({ live, liveCount }: { live: LiveRow[]; liveCount: number }) {
  return (
    <>
    <h2>Current assignments</h2>
    {liveCount === 0 ? (
      <p>No judge has been assigned yet.</p>
    ) : (
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Judges assigned to each entry, with their progress</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Organisation</th>
            <th scope="col">Judges and their score sheets</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {live.map((row) => (
            <tr key={row.entryId}>
              <th scope="row">
                <code>{row.code}</code>
              </th>
              <td>{row.organisation}</td>
              <td>
                {row.judges.length === 0 ? (
                  "None"
                ) : (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {row.judges.map((j) => (
                      <li key={j.id}>
                        {j.name} ({j.side}): <SheetProgressTag progress={j.progress} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    </>
  );
}
