// The results page's "chance of the top N" section: each contending entry's probability of being
// among the N best under the reliability model (decision 025), as a server-rendered SVG bar chart
// with the same figures in a table beside it, and the entries in doubt spelt out.
import { IN_DOUBT_HIGH, IN_DOUBT_LOW } from "~/domain/results";
import { Table } from "~/components/nhsuk";

export type ChanceRow = { code: string; score: number; sd: number; chance: number; rank: number | null };
type Standing = "likely" | "in doubt" | "unlikely";

const LOW = Math.round(IN_DOUBT_LOW * 100);
const HIGH = Math.round(IN_DOUBT_HIGH * 100);
const standing = (chance: number): Standing => (chance > IN_DOUBT_HIGH ? "likely" : chance >= IN_DOUBT_LOW ? "in doubt" : "unlikely");
const pct = (chance: number) => (chance > 0 && chance < 0.005 ? "under 1%" : chance < 1 && chance > 0.995 ? "over 99%" : `${Math.round(chance * 100)}%`);

const LABEL = 96;
const BAR = 420;
const ROW = 26;
const TOP = 34;

/** The chart: one bar per entry, the in-doubt band shaded and labelled, each bar's figure in words beside it. */
function ChanceChart({ rows, n }: { rows: ChanceRow[]; n: number }) {
  const height = TOP + rows.length * ROW + 30;
  const x = (chance: number) => LABEL + chance * BAR;
  return (
    <svg viewBox={`0 0 ${LABEL + BAR + 90} ${height}`} width="100%" style={{ maxWidth: 640 }} role="img" aria-labelledby="chance-title chance-desc" data-testid="chance-chart">
      <title id="chance-title">{`Chance of each entry being in the top ${n}`}</title>
      <desc id="chance-desc">
        {`A bar for each entry that could be in the top ${n}, longest first. The band from ${LOW}% to ${HIGH}% marks entries in doubt. ` +
          rows.map((r) => `Entry ${r.code}: ${pct(r.chance)}, ${standing(r.chance)}.`).join(" ")}
      </desc>
      <rect x={x(IN_DOUBT_LOW)} y={TOP - 6} width={(IN_DOUBT_HIGH - IN_DOUBT_LOW) * BAR} height={rows.length * ROW + 6} fill="#fff9c4" />
      <text x={x(0.5)} y={TOP - 12} textAnchor="middle" fontSize="12" fill="#212b32">
        in doubt ({LOW}–{HIGH}%)
      </text>
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const doubt = standing(r.chance) === "in doubt";
        return (
          <g key={r.code}>
            <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="13" fontFamily="monospace" fill="#212b32">
              {r.code}
            </text>
            <rect x={LABEL} y={y + 3} width={Math.max(r.chance * BAR, 1)} height={ROW - 8} fill={doubt ? "#ed8b00" : "#005eb8"} stroke="#212b32" strokeWidth="0.5" strokeDasharray={doubt ? "3 2" : undefined} />
            <text x={x(r.chance) + 6} y={y + 15} fontSize="12" fill="#212b32">
              {pct(r.chance)}
              {doubt ? " ?" : ""}
            </text>
          </g>
        );
      })}
      {[0, 0.1, 0.5, 0.9, 1].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={TOP + rows.length * ROW} stroke="#768692" strokeWidth="0.5" />
          <text x={x(t)} y={TOP + rows.length * ROW + 16} textAnchor="middle" fontSize="11" fill="#4c6272">
            {Math.round(t * 100)}%
          </text>
        </g>
      ))}
    </svg>
  );
}

export function TopNChances({ rows, n, scored }: { rows: ChanceRow[]; n: number; scored: boolean }) {
  if (!scored) return <p>No complete score sheets have been submitted for this round yet.</p>;
  const inDoubt = rows.filter((r) => standing(r.chance) === "in doubt");
  const likely = rows.filter((r) => standing(r.chance) === "likely");
  return (
    <>
      <div className="nhsuk-inset-text" data-testid="in-doubt">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          {likely.length
            ? `All but certain to be in the top ${n} (over ${HIGH}%): ${likely.map((r) => r.code).join(", ")}.`
            : `No entry is all but certain to be in the top ${n}.`}
        </p>
        {inDoubt.length ? (
          <>
            <p>
              In doubt ({LOW}% to {HIGH}%), worth a second look before choosing:
            </p>
            <ul>
              {inDoubt.map((r) => (
                <li key={r.code}>
                  Entry <code>{r.code}</code>: {pct(r.chance)} chance of the top {n}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No entry is in doubt: the sheets separate the top {n} from the rest clearly.</p>
        )}
      </div>
      {rows.length ? <ChanceChart rows={rows} n={n} /> : null}
      <Table
        caption={`Chance of the top ${n}, entry by entry (the chart's figures)`}
        showCaption
        captionSize="s"
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { header: "Entry", cell: (r) => <code>{r.code}</code>, rowHeader: true },
          { header: "Normalised %", cell: (r) => r.score.toFixed(1) },
          { header: "Give or take (points)", cell: (r) => `±${(1.96 * r.sd).toFixed(1)}` },
          { header: `Chance of the top ${n}`, cell: (r) => pct(r.chance) },
          { header: "Standing", cell: (r) => standing(r.chance) },
        ]}
      />
    </>
  );
}
