// A cycle's entries by region and by organisation type, as two NHS.UK tables with shown captions:
// on the secretariat's learning page, and on the public year page once the year is announced.
// Counts only, worked out from the cycle's entries (app/domain/entry-counts.ts).
import type { EntryCountRow, EntryCounts } from "~/domain/entry-counts";
import { Table } from "./nhsuk";

function CountTable({ caption, groupHeader, rows, total }: { caption: string; groupHeader: string; rows: EntryCountRow[]; total: EntryCountRow }) {
  return (
    <Table<EntryCountRow>
      caption={caption}
      showCaption
      captionSize="s"
      rowKey={(r) => r.group}
      rows={[...rows, total]}
      columns={[
        { header: groupHeader, rowHeader: true, cell: (r) => (r === total ? <strong>{r.group}</strong> : r.group) },
        { header: "Entries", numeric: true, cell: (r) => r.entries },
        { header: "Finalists", numeric: true, cell: (r) => r.finalists },
        { header: "Winners", numeric: true, cell: (r) => r.winners },
      ]}
    />
  );
}

export function EntryCountsSection({ counts, year, isDemo = false }: { counts: EntryCounts; year: number; isDemo?: boolean }) {
  return (
    <section aria-labelledby="entry-counts-heading" className="nhsuk-u-margin-top-5">
      <h2 id="entry-counts-heading">
        Who entered in {year}
        {isDemo ? (
          <>
            {" "}
            <strong className="nhsuk-tag nhsuk-tag--orange">Demo</strong>
          </>
        ) : null}
      </h2>
      {counts.total.entries === 0 ? (
        <p>No entries were submitted in {year}.</p>
      ) : (
        <>
          <p>
            {counts.total.entries === 1 ? "1 entry was" : `${counts.total.entries} entries were`} submitted in {year}, counted by the entering
            organisation&apos;s region and type, with how many became finalists and winners. Counted from the award&apos;s records when the year was
            judged.
          </p>
          <CountTable caption={`Entries in ${year} by region`} groupHeader="Region" rows={counts.byRegion} total={counts.total} />
          <CountTable caption={`Entries in ${year} by type of organisation`} groupHeader="Type of organisation" rows={counts.byType} total={counts.total} />
        </>
      )}
    </section>
  );
}
