// The results page's judges section: each judge (by code only) with how lenient or harsh and how
// consistent the reliability model finds them (decision 025), as a server-rendered SVG chart and
// the table of the same figures.
import { Table } from "~/components/nhsuk";

export type JudgeRow = {
  code: string;
  side: string;
  sheets: number;
  meanPercent: number;
  adjustment: number;
  leniency: number | null;
  leniencySd: number | null;
  noiseSd: number | null;
  weight: number | null;
};

const points = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(n).toFixed(1)}`;

const LABEL = 60;
const PANEL = 250;
const GAP = 50;
const ROW = 24;
const TOP = 40;

function JudgesChart({ judges }: { judges: (JudgeRow & { leniency: number; leniencySd: number; noiseSd: number })[] }) {
  const reach = Math.max(5, ...judges.map((j) => Math.abs(j.leniency) + 1.645 * j.leniencySd));
  const span = Math.ceil(reach / 5) * 5;
  const maxNoise = Math.max(5, ...judges.map((j) => j.noiseSd));
  const noiseSpan = Math.ceil(maxNoise / 5) * 5;
  const lx = (v: number) => LABEL + ((v + span) / (2 * span)) * PANEL;
  const nx = (v: number) => LABEL + PANEL + GAP + (v / noiseSpan) * (PANEL - 40);
  const bottom = TOP + judges.length * ROW;
  return (
    <svg viewBox={`0 0 ${LABEL + 2 * PANEL + GAP + 10} ${bottom + 34}`} width="100%" style={{ maxWidth: 640 }} role="img" aria-labelledby="judges-title judges-desc" data-testid="judges-chart">
      <title id="judges-title">Each judge&apos;s leniency and noise</title>
      <desc id="judges-desc">
        {"Left: each judge's estimated leniency in points, a dot with a line for the range it is 90% likely to lie in; right of zero is lenient, left is harsh. " +
          "Right: how far one of the judge's sheets typically strays from the entry's quality, in points; longer is less reliable. " +
          judges.map((j) => `${j.code}: leniency ${points(j.leniency)}, noise ${j.noiseSd.toFixed(1)}.`).join(" ")}
      </desc>
      <text x={lx(0)} y={14} textAnchor="middle" fontSize="12" fill="#212b32">
        Leniency (points): harsh ← → lenient
      </text>
      <text x={nx(0)} y={14} fontSize="12" fill="#212b32">
        Noise of one sheet (points)
      </text>
      <line x1={lx(0)} x2={lx(0)} y1={TOP - 10} y2={bottom} stroke="#4c6272" strokeWidth="1" />
      {judges.map((j, i) => {
        const y = TOP + i * ROW + ROW / 2;
        return (
          <g key={j.code}>
            <text x={LABEL - 8} y={y + 4} textAnchor="end" fontSize="12" fontFamily="monospace" fill="#212b32">
              {j.code}
            </text>
            <line x1={lx(j.leniency - 1.645 * j.leniencySd)} x2={lx(j.leniency + 1.645 * j.leniencySd)} y1={y} y2={y} stroke="#005eb8" strokeWidth="2" />
            <circle cx={lx(j.leniency)} cy={y} r="4.5" fill="#005eb8" stroke="#212b32" strokeWidth="0.5" />
            <rect x={nx(0)} y={y - 7} width={Math.max((j.noiseSd / noiseSpan) * (PANEL - 40), 1)} height={14} fill="#768692" />
            <text x={nx(j.noiseSd) + 5} y={y + 4} fontSize="11" fill="#212b32">
              {j.noiseSd.toFixed(1)}
            </text>
          </g>
        );
      })}
      {[-span, 0, span].map((t) => (
        <text key={t} x={lx(t)} y={bottom + 16} textAnchor="middle" fontSize="11" fill="#4c6272">
          {points(t)}
        </text>
      ))}
      {[0, noiseSpan].map((t) => (
        <text key={t} x={nx(t)} y={bottom + 16} textAnchor="middle" fontSize="11" fill="#4c6272">
          {t}
        </text>
      ))}
    </svg>
  );
}

export function JudgesSection({ judges }: { judges: JudgeRow[] }) {
  if (judges.length === 0) return <p>No judge has submitted a complete score sheet in this round.</p>;
  const modelled = judges.filter((j): j is JudgeRow & { leniency: number; leniencySd: number; noiseSd: number } => j.leniency !== null && j.leniencySd !== null && j.noiseSd !== null);
  return (
    <>
      {modelled.length === judges.length ? <JudgesChart judges={modelled} /> : null}
      <Table
        caption="Judges by code, with how lenient and how consistent each is, and how normalisation adjusted their sheets"
        rows={judges}
        rowKey={(j) => j.code}
        columns={[
          { header: "Judge", cell: (j) => j.code, rowHeader: true },
          { header: "Side", cell: (j) => j.side },
          { header: "Sheets", cell: (j) => j.sheets },
          { header: "Mean %", cell: (j) => j.meanPercent.toFixed(1) },
          {
            header: "Leniency (points, 90% range)",
            cell: (j) =>
              j.leniency === null || j.leniencySd === null
                ? "–"
                : `${points(j.leniency)} (${points(j.leniency - 1.645 * j.leniencySd)} to ${points(j.leniency + 1.645 * j.leniencySd)})`,
          },
          { header: "Noise of one sheet (points)", cell: (j) => (j.noiseSd === null ? "–" : j.noiseSd.toFixed(1)) },
          { header: "A sheet counts as", cell: (j) => (j.weight === null ? "–" : `${j.weight.toFixed(2)} of a typical judge's`) },
          { header: "Adjustment (points)", cell: (j) => points(j.adjustment) },
        ]}
      />
    </>
  );
}
