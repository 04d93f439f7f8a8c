// The secretariat's table of a cycle's nominations, on @tanstack/react-table (v9: useTable with the
// features it uses declared). Without JavaScript the filters and the column headers submit a GET form
// and the server sorts and filters with applyView; with it, the table sorts and filters at once in the
// browser with the same comparisons, so both give the same order.
import { useState, type FormEvent, type MouseEvent } from "react";
import { TableContainer } from "./nhsuk";
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
} from "@tanstack/react-table";
import {
  ADMIN_NOMINATION_STATUS_LABELS,
  ADMIN_NOMINATION_STATUSES,
  compareRows,
  ENDORSEMENT_STATE_LABELS,
  matchesText,
  type AdminNominationRow,
  type AdminNominationStatus,
  type EndorsementState,
  type SortColumn,
  type TableView,
} from "~/domain/admin-nominations";
import { Tag, type TagColour } from "./nhsuk";

const FORM_ID = "nominations-view";

const STATUS_COLOURS: Record<AdminNominationStatus, TagColour> = {
  draft: "grey",
  submitted: "blue",
  awaiting_endorsement: "yellow",
  complete: "green",
  withdrawn: "red",
};

const COLUMNS: { key: SortColumn | "endorsements"; label: string }[] = [
  { key: "organisation", label: "Organisation" },
  { key: "reference", label: "Reference" },
  { key: "title", label: "Title" },
  { key: "status", label: "Status" },
  { key: "endorsements", label: "Endorsements" },
  { key: "updatedAt", label: "Last change" },
];

export function viewQuery(view: TableView): string {
  const params = new URLSearchParams();
  if (view.q) params.set("q", view.q);
  if (view.status) params.set("status", view.status);
  params.set("sort", `${view.sort}:${view.direction}`);
  return params.toString();
}

function Endorsement({ side, state }: { side: string; state: EndorsementState }) {
  const mark = state === "confirmed" || state === "accepted_by_admin" ? "✓ " : state === "declined" ? "✗ " : "";
  return (
    <div>
      {side}: <span aria-hidden="true">{mark}</span>
      {ENDORSEMENT_STATE_LABELS[state]}
    </div>
  );
}

const sortButtonStyle = {
  background: "none",
  border: 0,
  padding: 0,
  font: "inherit",
  fontWeight: "inherit",
  color: "#005eb8",
  textDecoration: "underline",
  cursor: "pointer",
  textAlign: "left",
} as const;

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
});

const byColumn = (column: SortColumn) => (a: { original: AdminNominationRow }, b: { original: AdminNominationRow }) => compareRows(a.original, b.original, column);

const columns: ColumnDef<typeof features, AdminNominationRow>[] = [
  { id: "organisation", accessorKey: "organisation", sortFn: byColumn("organisation") },
  { id: "reference", accessorKey: "reference", sortFn: byColumn("reference") },
  { id: "title", accessorKey: "title", sortFn: byColumn("title") },
  { id: "status", accessorKey: "status", sortFn: byColumn("status"), filterFn: (row, _id, value) => !value || row.original.status === value },
  { id: "updatedAt", accessorKey: "updatedAt", sortFn: byColumn("updatedAt") },
];

export function NominationsTable({ rows, initialView, year, csvHref }: { rows: AdminNominationRow[]; initialView: TableView; year: number; csvHref: string }) {
  const [view, setView] = useState<TableView>(initialView);
  const table = useTable({
    features,
    columns,
    data: rows,
    state: {
      sorting: [{ id: view.sort, desc: view.direction === "desc" }],
      globalFilter: view.q,
      columnFilters: view.status ? [{ id: "status", value: view.status }] : [],
    },
    globalFilterFn: (row, _id, value) => matchesText(row.original, String(value ?? "")),
    getColumnCanGlobalFilter: () => true,
  });
  const shown = table.getRowModel().rows.map((r) => r.original);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  const sortBy = (column: SortColumn) => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setView((v) => ({ ...v, sort: column, direction: v.sort === column && v.direction === "asc" ? "desc" : "asc" }));
  };
  const nextDirection = (column: SortColumn) => (view.sort === column && view.direction === "asc" ? "desc" : "asc");

  return (
    <>
      <form method="get" id={FORM_ID} onSubmit={onSubmit} className="nhsuk-u-margin-bottom-4">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="q">
                Search by organisation, reference or title
              </label>
              <input className="nhsuk-input" id="q" name="q" type="search" value={view.q} onChange={(e) => setView((v) => ({ ...v, q: e.target.value }))} autoComplete="off" />
            </div>
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="status">
                Status
              </label>
              <select
                className="nhsuk-select"
                id="status"
                name="status"
                value={view.status}
                onChange={(e) => setView((v) => ({ ...v, status: e.target.value as AdminNominationStatus | "" }))}
              >
                <option value="">Any status</option>
                {ADMIN_NOMINATION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {ADMIN_NOMINATION_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="sort" value={`${view.sort}:${view.direction}`}>
          Apply filters
        </button>
      </form>

      <p aria-live="polite">
        Showing {shown.length} of {rows.length} {rows.length === 1 ? "nomination" : "nominations"}.{" "}
        <a href={`${csvHref}?${viewQuery(view)}`} download>
          Download these as CSV
        </a>
      </p>

      <TableContainer label={`Nominations for ${year}`}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">Nominations for {year}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              {COLUMNS.map((c) => {
                if (c.key === "endorsements") {
                  return (
                    <th scope="col" key={c.key}>
                      {c.label}
                    </th>
                  );
                }
                const column = c.key;
                const sorted = view.sort === column;
                return (
                  <th scope="col" key={column} aria-sort={sorted ? (view.direction === "asc" ? "ascending" : "descending") : undefined}>
                    <button type="submit" form={FORM_ID} name="sort" value={`${column}:${nextDirection(column)}`} onClick={sortBy(column)} style={sortButtonStyle}>
                      {c.label}
                      <span aria-hidden="true">{sorted ? (view.direction === "asc" ? " ▲" : " ▼") : ""}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length}>{rows.length === 0 ? "There are no nominations in this cycle yet." : "No nominations match the filters."}</td>
              </tr>
            ) : (
              shown.map((r) => (
                <tr key={r.id}>
                  <td>{r.organisation}</td>
                  <td>
                    <a href={`/admin/nominations/${r.id}`}>{r.reference}</a>
                  </td>
                  <td>{r.title || "Untitled"}</td>
                  <td>
                    <Tag colour={STATUS_COLOURS[r.status]}>{ADMIN_NOMINATION_STATUS_LABELS[r.status]}</Tag>
                  </td>
                  <td>
                    <Endorsement side="Employer" state={r.employer} />
                    <Endorsement side="Staff side" state={r.staffSide} />
                  </td>
                  <td>{r.updatedLabel}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableContainer>
    </>
  );
}
