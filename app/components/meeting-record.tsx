// The shortlisting meeting's record of one entry, as the meeting page (once locked) and the shortlist
// page show it: the panel's agreed position and any divergent view with who holds it (by judge code
// or side). For the secretariat's pages only (decision 033).
import { Link } from "@remix-run/react";
import { SummaryList } from "./nhsuk";
import { holdersText } from "~/domain/shortlisting-meeting";

export type MeetingRecordView = { agreedPosition: string; divergentView: string; heldBy: string[] };

export function MeetingRecordSummary({ record }: { record: MeetingRecordView }) {
  return (
    <SummaryList
      rows={[
        { key: "Agreed position", value: <span style={{ whiteSpace: "pre-wrap" }}>{record.agreedPosition}</span> },
        {
          key: "Divergent view",
          value: record.divergentView ? <span style={{ whiteSpace: "pre-wrap" }}>{`${record.divergentView} (held by ${holdersText(record.heldBy)})`}</span> : "None noted",
        },
      ]}
    />
  );
}

/** The shortlist page's way to the meeting, and how many entries have a record. */
export function MeetingLinkSection({ cycleId, recorded, confirmed }: { cycleId: number; recorded: number; confirmed: boolean }) {
  return (
    <p>
      <Link to={`/admin/cycles/${cycleId}/shortlist/meeting`}>{confirmed ? "The shortlisting meeting's record" : "Run the shortlisting meeting"}</Link>
      {`: ${recorded === 0 ? "nothing recorded yet" : `the panel's position is recorded for ${recorded} ${recorded === 1 ? "entry" : "entries"}`}. Each finalist's record is shown with its rationale below.`}
    </p>
  );
}
