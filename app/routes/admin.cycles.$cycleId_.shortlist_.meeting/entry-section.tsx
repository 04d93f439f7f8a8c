// One entry at the shortlisting meeting: why it is talked about, its scores by criterion, by judge (by
// code) and by side, the judges who step out for it, and the form for the panel's agreed position and
// any divergent view (or, once the shortlist is confirmed, the record as it stands).
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Checkboxes, Textarea, type FieldErrors, type FormValues } from "~/components/forms";
import { MeetingRecordSummary } from "~/components/meeting-record";
import { IntentButton, Table, Tag, type Column } from "~/components/nhsuk";
import { holderLabel, MEETING_REASON_LABELS, type MeetingReason } from "~/domain/shortlisting-meeting";
import { judgeSideLabel } from "~/domain/vocabulary";

type SideMeans = { all: number | null; employer: number | null; staff_side: number | null; national_body: number | null };
export type EntryData = {
  nominationId: number;
  code: string;
  reasons: MeetingReason[];
  rank: number | null;
  normalisedPercent: number | null;
  topChance: number | null;
  sheets: { judgeCode: string; side: string; percent: number | null; scores: Record<string, number> }[];
  bySide: { criteria: Record<string, SideMeans>; percent: SideMeans };
  steppingOut: { judgeCode: string; side: string }[];
  holders: string[];
  record: { agreedPosition: string; divergentView: string; heldBy: string[] } | null;
};
type Criterion = { id: number; title: string };
type Row = { key: string; label: string; bySheet: (number | null)[]; means: SideMeans };

const fixed = (x: number | null, digits = 1) => (x === null ? "–" : x.toFixed(digits));
const SIDE_COLUMNS = [
  ["employer", "Employer side mean"],
  ["staff_side", "Staff side mean"],
  ["all", "All judges' mean"],
] as const;

export function EntrySection({ entry, criteria, n, editable, errors, values }: { entry: EntryData; criteria: Criterion[]; n: number; editable: boolean; errors?: FieldErrors; values?: FormValues }) {
  const id = entry.nominationId;
  const headingId = `entry-${entry.code}`;
  const rows: Row[] = [
    ...criteria.map((c) => ({ key: String(c.id), label: c.title, bySheet: entry.sheets.map((s) => s.scores[String(c.id)] ?? null), means: entry.bySide.criteria[String(c.id)] })),
    { key: "percent", label: "Weighted %", bySheet: entry.sheets.map((s) => s.percent), means: entry.bySide.percent },
  ];
  const columns: Column<Row>[] = [
    { header: "Criterion", cell: (r) => r.label, rowHeader: true },
    ...entry.sheets.map((s, i): Column<Row> => ({ header: `${s.judgeCode} (${judgeSideLabel(s.side)})`, cell: (r) => fixed(r.bySheet[i], r.key === "percent" ? 1 : 0), numeric: true })),
    ...SIDE_COLUMNS.map(([side, header]): Column<Row> => ({ header, cell: (r) => fixed(r.means?.[side] ?? null), numeric: true })),
  ];
  const posted = values?.nominationId === String(id);
  const typed = (name: string, saved: string) => (posted ? (values?.[name] ?? "") : saved);
  const heldBy = new Set(posted ? (values?.[`heldBy-${id}`] ?? "").split(",").filter(Boolean) : (entry.record?.heldBy ?? []));
  return (
    <section aria-labelledby={headingId} className="nhsuk-u-margin-bottom-7" style={{ borderTop: "1px solid #d8dde0", paddingTop: "1rem" }}>
      <h2 id={headingId}>
        Entry <code>{entry.code}</code>
      </h2>
      <p>
        {entry.reasons.length ? entry.reasons.map((r) => <Tag key={r} colour={r === "in_doubt" ? "orange" : "yellow"}>{MEETING_REASON_LABELS[r]}</Tag>).reduce<ReactNode[]>((all, tag, i) => (i ? [...all, " ", tag] : [tag]), []) : "Not flagged."}
      </p>
      <p>
        {entry.rank === null
          ? "No complete score sheet yet, so no rank."
          : `Rank ${entry.rank} by normalised score (${fixed(entry.normalisedPercent)}%)${entry.topChance === null ? "" : `, a ${fixed(100 * entry.topChance, 0)}% chance of the top ${n}`}, from ${entry.sheets.length} ${entry.sheets.length === 1 ? "sheet" : "sheets"}.`}
      </p>
      {entry.sheets.length ? <Table caption={`Scores for Entry ${entry.code} by criterion, judge (by code) and side`} columns={columns} rows={rows} rowKey={(r) => r.key} /> : null}
      <p>
        {entry.steppingOut.length
          ? `Stepping out for this entry (a conflict of interest): ${entry.steppingOut.map((j) => `${j.judgeCode} (${judgeSideLabel(j.side)})`).join(", ")}. They leave the discussion of this entry and do not see its record.`
          : "No judge has a conflict of interest with this entry."}
      </p>
      {editable ? (
        <Form method="post" noValidate>
          <input type="hidden" name="nominationId" value={id} />
          <Textarea
            name={`agreedPosition-${id}`}
            label={`The panel's agreed position on Entry ${entry.code}`}
            hint="Strive for consensus as far as possible: what the panel agreed, and why."
            rows={3}
            error={errors?.[`agreedPosition-${id}`]}
            defaultValue={typed(`agreedPosition-${id}`, entry.record?.agreedPosition ?? "")}
          />
          <Textarea
            name={`divergentView-${id}`}
            label="Divergent view (if any)"
            hint="Where a consensus is not reached but a recommendation still must be made, the divergence of views needs to be clearly noted."
            rows={3}
            error={errors?.[`divergentView-${id}`]}
            defaultValue={typed(`divergentView-${id}`, entry.record?.divergentView ?? "")}
          />
          <Checkboxes
            name={`heldBy-${id}`}
            legend="Who holds the divergent view"
            hint="By judge code or side, never by name."
            error={errors?.[`heldBy-${id}`]}
            checked={heldBy}
            options={entry.holders.map((h) => ({ value: h, label: holderLabel(h) }))}
          />
          <IntentButton intent="record">{`Save the record for Entry ${entry.code}`}</IntentButton>
        </Form>
      ) : entry.record ? (
        <MeetingRecordSummary record={entry.record} />
      ) : (
        <p>Nothing was recorded for this entry.</p>
      )}
    </section>
  );
}
