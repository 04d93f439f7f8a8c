// The conflicts of interest judges have declared (withdrawn ones too), and the assignments that have
// ended: recusals, moves, and sheets left out of the results because of a conflict.
import { Table, Tag } from "~/components/nhsuk";
import type { JudgingPageData } from "./page-data";

export function ConflictsSection({ conflicts }: { conflicts: JudgingPageData["conflicts"] }) {
  return (
    <>
      <h2>Conflicts of interest declared</h2>
      <p>
        A judge is never given an entry from the organisation on their judge profile, nor from an organisation they declare before entries are assigned. A
        conflict declared after assignment does not change the judge's list (it would tell them which entries are that organisation's): their score sheets
        for its entries are left out of the results and another judge is added to each, shown under ended assignments. Withdrawn conflicts stay listed.
      </p>
      {conflicts.length === 0 ? (
        <p>No judge has declared a conflict of interest.</p>
      ) : (
        <Table
          caption="Conflicts of interest declared by judges"
          rows={conflicts}
          rowKey={(c) => c.id}
          columns={[
            { header: "Judge", rowHeader: true, cell: (c) => c.judge },
            { header: "Organisation", cell: (c) => c.organisation },
            { header: "Connection", cell: (c) => c.kind },
            { header: "Note", cell: (c) => c.note ?? "" },
            { header: "Declared", cell: (c) => (c.late ? <Tag colour="orange">{c.declared}</Tag> : c.declared) },
            { header: "Withdrawn", cell: (c) => c.withdrawn ?? "" },
          ]}
        />
      )}
    </>
  );
}

export function EndedAssignmentsSection({ ended }: { ended: JudgingPageData["ended"] }) {
  return (
    <>
      <h2>Ended assignments</h2>
      {ended.length === 0 ? (
        <p>No assignment has ended: nobody has recused and nothing has been moved.</p>
      ) : (
        <Table
          caption="Ended assignments, newest first"
          rows={ended}
          rowKey={(a) => a.key}
          columns={[
            { header: "Judge", rowHeader: true, cell: (a) => a.judge },
            { header: "Entry", cell: (a) => <code>{a.code}</code> },
            { header: "Organisation", cell: (a) => a.organisation },
            { header: "What happened", cell: (a) => a.status },
            { header: "Reason", cell: (a) => a.reason ?? "" },
            { header: "When", cell: (a) => a.at ?? "" },
          ]}
        />
      )}
    </>
  );
}
