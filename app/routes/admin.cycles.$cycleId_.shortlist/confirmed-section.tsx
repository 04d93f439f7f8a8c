// After confirmation: the finalists, named, with the rationale for each; nothing can change.
import { MeetingRecordSummary, type MeetingRecordView } from "~/components/meeting-record";
import { Table } from "~/components/nhsuk";
import { RANKING_METHOD_LABELS, type RankingMethod } from "~/domain/results";

type Finalist = { nominationId: number; code: string; organisation: string; title: string; rationale: string };

export function ConfirmedSection({ finalists, method, meeting }: { finalists: Finalist[]; method: RankingMethod | null; meeting: Record<string, MeetingRecordView> }) {
  return (
    <>
      <p>
        The shortlist is confirmed{method ? ` (entries ranked by ${RANKING_METHOD_LABELS[method].toLowerCase()})` : ""}. The finalists are named to the
        final-round panel; every other entry stays anonymous. It can no longer change.
      </p>
      <Table
        caption="The finalists"
        showCaption
        rows={finalists}
        rowKey={(f) => f.nominationId}
        columns={[
          { header: "Entry", rowHeader: true, cell: (f) => <code>{f.code}</code> },
          {
            header: "Organisation and title",
            cell: (f) => (
              <>
                {f.organisation}
                <br />
                <span className="nhsuk-body-s">{f.title || "Untitled"}</span>
              </>
            ),
          },
          { header: "Rationale", cell: (f) => (
              <>
                <span style={{ whiteSpace: "pre-wrap" }}>{f.rationale}</span>
                {meeting[String(f.nominationId)] ? <MeetingRecordSummary record={meeting[String(f.nominationId)]} /> : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
