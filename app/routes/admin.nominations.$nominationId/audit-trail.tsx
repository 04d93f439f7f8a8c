// A nomination's audit trail, newest first, each entry's details as "key: value" lines.
import { Table } from "~/components/nhsuk";

export function AuditTrail({ audit }: { audit: { id: number; action: string; actor: string; at: string; details: string[] }[] }) {
  return (
    <>
      <h2>Audit trail</h2>
      {audit.length === 0 ? (
        <p>Nothing has been recorded for this nomination.</p>
      ) : (
        <Table
          caption="Audit trail, newest first"
          rows={audit}
          rowKey={(a) => a.id}
          columns={[
            { header: "When", cell: (a) => a.at },
            { header: "Who", cell: (a) => a.actor },
            { header: "What", cell: (a) => a.action },
            {
              header: "Details",
              cell: (a) =>
                a.details.map((d, i) => (
                  <div key={i}>{d}</div>
                )),
            },
          ]}
        />
      )}
    </>
  );
}
