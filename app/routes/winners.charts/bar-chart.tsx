// One of the archive's charts: a server-rendered SVG of horizontal bars, each split into winners,
// highly commended entries and finalists, followed by the table of the same figures (the chart's
// text alternative, and what a screen reader reads). No JavaScript.
import { Table } from "~/components/nhsuk";
import { axisScale, type ChartRow } from "~/domain/archive-charts";
import { ARCHIVE_RESULTS, RESULT_LABELS, type ArchiveResult } from "~/domain/vocabulary";

/** Each at least 3:1 against white (WCAG 2.2, 1.4.11), told apart by the legend and the table as well as colour. */
const COLOURS: Record<ArchiveResult, string> = { winner: "#003087", highly_commended: "#007f3b", finalist: "#768692" };
const PLURAL: Record<ArchiveResult, string> = { winner: "Winners", highly_commended: "Highly commended", finalist: "Finalists" };
const TEXT = "#212b32";
const LABEL = 190;
const PANEL = 380;
const ROW = 22;
const TOP = 44;
const MAX_LABEL = 28;

const short = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

export function ArchiveChart({ id, title, rows, groupHeader, emptyText }: { id: string; title: string; rows: ChartRow[]; groupHeader: string; emptyText?: string }) {
  if (rows.length === 0) return <p>Nothing is recorded in the archive yet.</p>;
  const scale = axisScale(Math.max(...rows.map((r) => r.total)));
  const x = (v: number) => LABEL + (v / scale.max) * PANEL;
  const bottom = TOP + rows.length * ROW;
  return (
    <figure className="nhsuk-u-margin-0 nhsuk-u-margin-bottom-5">
      <svg
        viewBox={`0 0 ${LABEL + PANEL + 50} ${bottom + 30}`}
        width="100%"
        style={{ maxWidth: 640 }}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid={`${id}-chart`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>A bar for each row, split into winners, highly commended entries and finalists. The table below gives the same figures.</desc>
        {ARCHIVE_RESULTS.map((r, i) => (
          <g key={r} transform={`translate(${LABEL + i * 130}, 8)`}>
            <rect width="12" height="12" fill={COLOURS[r]} />
            <text x="18" y="11" fontSize="12" fill={TEXT}>
              {RESULT_LABELS[r]}
            </text>
          </g>
        ))}
        {scale.ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={bottom} stroke="#d8dde0" />
            <text x={x(t)} y={bottom + 16} textAnchor="middle" fontSize="11" fill={TEXT}>
              {t}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          let start = 0;
          return (
            <g key={row.key || "none"}>
              <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="12" fill={TEXT}>
                {short(row.label)}
              </text>
              {row.total === 0 ? (
                <text x={LABEL + 6} y={y + 15} fontSize="12" fill={TEXT} fontStyle="italic">
                  {emptyText ?? "none"}
                </text>
              ) : (
                <>
                  {ARCHIVE_RESULTS.map((r) => {
                    const n = row.counts[r];
                    const from = start;
                    start += n;
                    return n > 0 ? <rect key={r} x={x(from)} y={y + 3} width={x(from + n) - x(from)} height={ROW - 6} fill={COLOURS[r]} stroke="#ffffff" strokeWidth="1" /> : null;
                  })}
                  <text x={x(row.total) + 6} y={y + 15} fontSize="12" fill={TEXT}>
                    {row.total}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <Table<ChartRow>
        caption={`${title}: the figures`}
        showCaption
        captionSize="s"
        rowKey={(r) => r.key || "none"}
        rows={rows}
        columns={[
          { header: groupHeader, rowHeader: true, cell: (r) => r.label },
          ...ARCHIVE_RESULTS.map((res) => ({ header: PLURAL[res], numeric: true, cell: (r: ChartRow) => (r.total === 0 && emptyText ? "–" : r.counts[res]) })),
          { header: "All", numeric: true, cell: (r) => (r.total === 0 && emptyText ? emptyText : r.total) },
        ]}
      />
    </figure>
  );
}
