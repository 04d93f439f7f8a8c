// What a judge sees once their practice scores are submitted: each criterion's score beside its
// descriptor and the other judges' median, and every judge's practice scores by code ("P3"), never
// by name. Scores here are for the judge's own calibration only.
import { Table } from "~/components/nhsuk";
import type { Calibration, CalibrationRow } from "~/domain/practice";

function descriptorText({ nearest }: CalibrationRow): string {
  if (nearest.at) return `${nearest.at.score}: ${nearest.at.text}`;
  const parts = [nearest.below ? `between ${nearest.below.score}: ${nearest.below.text}` : null, nearest.above ? `and ${nearest.above.score}: ${nearest.above.text}` : null].filter(Boolean);
  return parts.length ? parts.join(" ") : "This criterion has no descriptors.";
}

const signed = (n: number) => (n > 0 ? `${formatted(n)} above` : n < 0 ? `${formatted(-n)} below` : "the same as");
const formatted = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function CalibrationSection({ calibration }: { calibration: Calibration }) {
  const { rows, totals, others } = calibration;
  return (
    <section aria-labelledby="calibration" className="nhsuk-u-margin-top-5">
      <h2 id="calibration" tabIndex={-1}>
        Where your practice scores sit
      </h2>
      <p>
        {others === 0
          ? "No other judge has submitted practice scores yet. Come back later to compare: the descriptors are below now."
          : `${others === 1 ? "1 other judge has" : `${others} other judges have`} submitted practice scores. Judges are shown by a practice code only, never by name.`}
      </p>
      <Table
        caption="Your score on each criterion, its descriptor and the other judges' median"
        showCaption
        captionSize="s"
        rows={rows}
        rowKey={(r) => r.criterionId}
        columns={[
          { header: "Criterion", rowHeader: true, cell: (r) => r.title },
          { header: "Your score", numeric: true, cell: (r) => (r.mine === null ? "Not scored" : `${r.mine} (of ${r.scaleMin} to ${r.scaleMax})`) },
          { header: "What your score looks like", cell: descriptorText },
          { header: "Other judges' median", numeric: true, cell: (r) => (r.fromOthers === null ? "None yet" : formatted(r.mine! - r.fromOthers)) },
          { header: "Your score against theirs", cell: (r) => (r.fromOthers === null ? "None yet" : `${signed(r.fromOthers)} the others' median`) },
        ]}
      />
      <Table
        caption="Every judge's practice scores, by code"
        showCaption
        captionSize="s"
        rows={totals}
        rowKey={(t) => t.code}
        columns={[
          { header: "Judge", rowHeader: true, cell: (t) => (t.mine ? `${t.code} (you)` : t.code) },
          ...rows.map((r) => ({ header: r.title, numeric: true, cell: (t: (typeof totals)[number]) => r.scores.find((s) => s.code === t.code)?.score ?? "–" })),
          { header: "Weighted %", numeric: true, cell: (t) => (t.percent === null ? "–" : `${Math.round(t.percent)}%`) },
        ]}
      />
      <p>
        A score well away from the descriptors or from the other judges is a reason to reread the descriptors before you score
        your entries, not a mistake: judges differ, and the results allow for it.
      </p>
    </section>
  );
}
