// Where the cycle stands (its stage and what comes next) and, once the shortlist is confirmed, the finalists.
import { Link } from "@remix-run/react";
import { SummaryList, Tag } from "~/components/nhsuk";
import type { FinalPageData } from "./page-data";

export function StatusSection({ data: { cycle, finalists } }: { data: Pick<FinalPageData, "cycle" | "finalists"> }) {
  return (
    <>
      <h2>Where the cycle is</h2>
      <SummaryList
        rows={[
          {
            key: "Stage",
            value: (
              <>
                <Tag colour={cycle.published ? "green" : "blue"}>{cycle.stageLabel}</Tag>
                <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">Shortlisting, then the final round, then the announcement.</p>
              </>
            ),
          },
          { key: "What comes next", value: cycle.next },
        ]}
      />
      <h2>Finalists</h2>
      {!cycle.confirmed ? (
        <p>
          The finalists are shown here once the shortlist is confirmed. <Link to={`/admin/cycles/${cycle.id}/shortlist`}>Choose and confirm the shortlist</Link>.
        </p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {finalists.map((f) => (
            <li key={f.nominationId}>
              <strong>{f.organisation}</strong>: {f.title || "Untitled"} (Entry <code>{f.code}</code>)
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
