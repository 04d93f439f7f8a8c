// The secretariat's results table (one row per entry), on @tanstack/react-table v9: sortable
// headers, a text filter, a "flags only" filter, columns that can be hidden, and pages of 50 rows.
// The server renders the view in the address (?sort=&q=&flags=&page=&cols=&show=) through the same
// table, so without JavaScript the filter form, the header buttons and the page links all work and
// give the same order; with JavaScript they change the table at once without asking the server.
import { useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent, type ReactNode, type RefObject } from "react";
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
} from "@tanstack/react-table";
import type { EntryResult } from "~/domain/results";
import type { ResultsView } from "~/domain/results-view";
import { Pagination, Tag } from "./nhsuk";

/** An entry's results as the page has them (criterion ids as JSON keys, strings). */
export type ResultRow = Omit<EntryResult, "criterionMeans"> & {
  code: string;
  /** Only for a finalist once the shortlist is confirmed. */
  organisation: string | null;
  title: string | null;
  criterionMeans: Record<string, number | null>;
};

export type ResultsCriterionColumn = { id: number; title: string };

type Column = { id: string; label: string; value: (r: ResultRow) => number | string | null; render: (r: ResultRow) => ReactNode; firstDirection: "asc" | "desc" };

const pct = (n: number | null) => (n === null ? <NotScored /> : n.toFixed(1));
const rank = (n: number | null) => (n === null ? <NotScored /> : String(n));

function NotScored() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="nhsuk-u-visually-hidden">none</span>
    </>
  );
}

function Flags({ row }: { row: ResultRow }) {
  if (!row.sidesDiverge && !row.disagreement) return <>None</>;
  return (
    <>
      {row.sidesDiverge ? <Tag colour="orange">Sides diverge</Tag> : null}
      {row.sidesDiverge && row.disagreement ? " " : null}
      {row.disagreement ? <Tag colour="yellow">Disagreement</Tag> : null}
    </>
  );
}

/**
 * Every column, in order; the entry column is always shown, the others can be hidden. What the
 * secretariat chooses by comes first (the normalised score, the ranks, the flags), so that at a
 * laptop's width nothing that matters is past the edge; the detail follows.
 */
export function resultsColumns(criteria: readonly ResultsCriterionColumn[]): Column[] {
  return [
    { id: "code", label: "Entry", value: (r) => r.code, render: (r) => r.code, firstDirection: "asc" },
    { id: "normalisedPercent", label: "Normalised %", value: (r) => r.normalisedPercent, render: (r) => pct(r.normalisedPercent), firstDirection: "desc" },
    { id: "normalisedRank", label: "Normalised rank", value: (r) => r.normalisedRank, render: (r) => rank(r.normalisedRank), firstDirection: "asc" },
    { id: "rawRank", label: "Raw rank", value: (r) => r.rawRank, render: (r) => rank(r.rawRank), firstDirection: "asc" },
    { id: "medianRank", label: "Median rank", value: (r) => r.medianRank, render: (r) => rank(r.medianRank), firstDirection: "asc" },
    { id: "flags", label: "Flags", value: (r) => (r.sidesDiverge ? 1 : 0) + (r.disagreement ? 1 : 0), render: (r) => <Flags row={r} />, firstDirection: "desc" },
    { id: "sheets", label: "Sheets", value: (r) => r.sheets, render: (r) => String(r.sheets), firstDirection: "desc" },
    { id: "meanPercent", label: "Weighted %", value: (r) => r.meanPercent, render: (r) => pct(r.meanPercent), firstDirection: "desc" },
    { id: "medianPercent", label: "Median %", value: (r) => r.medianPercent, render: (r) => pct(r.medianPercent), firstDirection: "desc" },
    { id: "spread", label: "Spread (points)", value: (r) => r.spread, render: (r) => pct(r.spread), firstDirection: "desc" },
    { id: "employerMean", label: "Employer side %", value: (r) => r.employerMean, render: (r) => pct(r.employerMean), firstDirection: "desc" },
    { id: "staffSideMean", label: "Staff side %", value: (r) => r.staffSideMean, render: (r) => pct(r.staffSideMean), firstDirection: "desc" },
    ...criteria.map(
      (c): Column => ({
        id: `c${c.id}`,
        label: `${c.title} (mean)`,
        value: (r) => r.criterionMeans[String(c.id)] ?? null,
        render: (r) => {
          const v = r.criterionMeans[String(c.id)] ?? null;
          return v === null ? <NotScored /> : v.toFixed(2);
        },
        firstDirection: "desc",
      }),
    ),
  ];
}

/** The ids of the columns that can be hidden (every one but the entry). */
export function hideableColumnIds(criteria: readonly ResultsCriterionColumn[]): string[] {
  return resultsColumns(criteria)
    .map((c) => c.id)
    .filter((id) => id !== "code");
}

/**
 * The columns hidden until the secretariat asks for them: each criterion's mean (one column per
 * criterion is what pushed the ranks off a 1280 px screen). The CSV has them all.
 */
export function defaultHiddenColumnIds(criteria: readonly ResultsCriterionColumn[]): string[] {
  return criteria.map((c) => `c${c.id}`);
}

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The address of a view (the round too), for page links and a browser without JavaScript. */
export function resultsViewQuery(
  view: ResultsView,
  round: string,
  page = view.pageIndex + 1,
  columnIds: readonly string[] = [],
  defaultHidden: readonly string[] = [],
): string {
  const params = new URLSearchParams();
  params.set("round", round);
  params.set("sort", `${view.sort}:${view.direction}`);
  if (view.q) params.set("q", view.q);
  if (view.flagsOnly) params.set("flags", "1");
  if (!sameColumns(view.hidden, defaultHidden)) {
    params.set("cols", "1");
    for (const id of columnIds) if (!view.hidden.includes(id)) params.append("show", id);
  }
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

/** Matches the code, and the organisation and title where the entry is named. */
export function matchesResultText(row: ResultRow, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [row.code, row.organisation ?? "", row.title ?? ""].some((s) => s.toLowerCase().includes(needle));
}

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
});

const compareValues = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "en-GB"));

function tableColumns(columns: Column[]): ColumnDef<typeof features, ResultRow>[] {
  return columns.map((c) => ({
    id: c.id,
    // An entry without a score has no value: such rows go last whichever way the column is sorted.
    accessorFn: (r: ResultRow) => c.value(r) ?? undefined,
    sortUndefined: "last" as const,
    sortFn: (a, b, id) => compareValues(a.getValue(id), b.getValue(id)),
    ...(c.id === "flags" ? { filterFn: (row: { original: ResultRow }, _id: string, value: unknown) => !value || row.original.sidesDiverge || row.original.disagreement } : {}),
  }));
}

const FORM_ID = "results-view";

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

/** Whether the element's content is wider than the element, followed as the window or the columns change. */
function useWiderThan(ref: RefObject<HTMLElement | null>): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setWide(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return wide;
}

export function ResultsTable({
  rows,
  criteria,
  initialView,
  round,
  caption,
}: {
  rows: ResultRow[];
  criteria: ResultsCriterionColumn[];
  initialView: ResultsView;
  round: string;
  caption: string;
}) {
  const [view, setView] = useState<ResultsView>(initialView);
  const columns = useMemo(() => resultsColumns(criteria), [criteria]);
  const defs = useMemo(() => tableColumns(columns), [columns]);
  const hideable = columns.filter((c) => c.id !== "code");
  const hideableIds = hideable.map((c) => c.id);
  const defaultHidden = useMemo(() => defaultHiddenColumnIds(criteria), [criteria]);
  const scroller = useRef<HTMLDivElement>(null);
  const wide = useWiderThan(scroller);
  const table = useTable({
    features,
    columns: defs,
    data: rows,
    state: {
      // Ties are broken by code, whichever way the column is sorted.
      sorting: view.sort === "code" ? [{ id: "code", desc: view.direction === "desc" }] : [{ id: view.sort, desc: view.direction === "desc" }, { id: "code", desc: false }],
      globalFilter: view.q,
      columnFilters: view.flagsOnly ? [{ id: "flags", value: true }] : [],
      columnVisibility: Object.fromEntries(view.hidden.map((id) => [id, false])),
      pagination: { pageIndex: view.pageIndex, pageSize: view.pageSize },
    },
    autoResetPageIndex: false,
    globalFilterFn: (row, _id, value) => matchesResultText(row.original, String(value ?? "")),
    getColumnCanGlobalFilter: () => true,
  });
  const matching = table.getPrePaginatedRowModel().rows.length;
  const pageCount = Math.max(1, Math.ceil(matching / view.pageSize));
  const shown = table.getRowModel().rows.map((r) => r.original);
  const visible = table.getVisibleLeafColumns().map((c) => c.id);
  const visibleColumns = columns.filter((c) => visible.includes(c.id));
  const page = Math.min(view.pageIndex + 1, pageCount);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  const nextDirection = (c: Column) => (view.sort === c.id ? (view.direction === "asc" ? "desc" : "asc") : c.firstDirection);
  const sortBy = (c: Column) => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setView((v) => ({ ...v, sort: c.id, direction: nextDirection(c), pageIndex: 0 }));
  };
  const toggleColumn = (id: string, show: boolean) =>
    setView((v) => ({ ...v, hidden: show ? v.hidden.filter((h) => h !== id) : [...v.hidden.filter((h) => h !== id), id] }));
  // The page links are real links (for a browser without JavaScript); with it, they turn the page here.
  const onPageClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest("a");
    if (!link) return;
    event.preventDefault();
    const to = Number(new URL(link.href).searchParams.get("page") ?? "1");
    setView((v) => ({ ...v, pageIndex: Math.max(0, to - 1) }));
  };

  const first = matching === 0 ? 0 : (page - 1) * view.pageSize + 1;
  const last = Math.min(matching, page * view.pageSize);

  return (
    <>
      <form method="get" id={FORM_ID} onSubmit={onSubmit} className="nhsuk-u-margin-bottom-4">
        <input type="hidden" name="round" value={round} />
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="results-q">
            Filter by entry code{rows.some((r) => r.organisation) ? ", organisation or title" : ""}
          </label>
          <input
            className="nhsuk-input nhsuk-input--width-20"
            id="results-q"
            name="q"
            type="search"
            value={view.q}
            onChange={(e) => setView((v) => ({ ...v, q: e.target.value, pageIndex: 0 }))}
            autoComplete="off"
          />
        </div>
        <div className="nhsuk-form-group">
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="results-flags"
                name="flags"
                type="checkbox"
                value="1"
                checked={view.flagsOnly}
                onChange={(e) => setView((v) => ({ ...v, flagsOnly: e.target.checked, pageIndex: 0 }))}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="results-flags">
                Only entries with a flag (sides diverge or disagreement)
              </label>
            </div>
          </div>
        </div>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Choose the columns shown</span>
          </summary>
          <div className="nhsuk-details__text">
            <input type="hidden" name="cols" value="1" />
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Columns shown</legend>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {hideable.map((c) => (
                  <div className="nhsuk-checkboxes__item" key={c.id}>
                    <input
                      className="nhsuk-checkboxes__input"
                      id={`results-show-${c.id}`}
                      name="show"
                      type="checkbox"
                      value={c.id}
                      checked={!view.hidden.includes(c.id)}
                      onChange={(e) => toggleColumn(c.id, e.target.checked)}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`results-show-${c.id}`}>
                      {c.label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </details>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="sort" value={`${view.sort}:${view.direction}`}>
          Apply
        </button>
      </form>

      <p aria-live="polite" data-testid="results-count">
        {matching === rows.length
          ? `${rows.length} ${rows.length === 1 ? "entry" : "entries"}`
          : `${matching} of ${rows.length} ${rows.length === 1 ? "entry" : "entries"} match`}
        {matching > view.pageSize ? `; showing ${first} to ${last}` : ""}.
      </p>

      {/* Without JavaScript the shadows at the edges are the cue; with it, a sentence says so too. */}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" id="results-scroll-hint" data-testid="results-scroll-hint" hidden={!wide}>
        The table is wider than the screen: scroll it sideways to see every column (select it, then use the arrow keys), or choose fewer columns.
      </p>
      <div
        className="app-table-scroll"
        ref={scroller}
        role="region"
        aria-label={`${caption}${wide ? " (scrolls sideways)" : ""}`}
        aria-describedby={wide ? "results-scroll-hint" : undefined}
        tabIndex={0}
      >
        <table className="nhsuk-table" data-testid="results-table">
          <caption className="nhsuk-table__caption">{caption}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              {visibleColumns.map((c) => {
                const sorted = view.sort === c.id;
                return (
                  <th scope="col" key={c.id} aria-sort={sorted ? (view.direction === "asc" ? "ascending" : "descending") : undefined}>
                    <button type="submit" form={FORM_ID} name="sort" value={`${c.id}:${nextDirection(c)}`} onClick={sortBy(c)} style={sortButtonStyle}>
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
                <td colSpan={visibleColumns.length}>{rows.length === 0 ? "There are no entries in this round." : "No entries match the filters."}</td>
              </tr>
            ) : (
              shown.map((r) => (
                <tr key={r.entryId}>
                  {visibleColumns.map((c) =>
                    c.id === "code" ? (
                      <th scope="row" key={c.id}>
                        <code>{r.code}</code>
                        {r.organisation ? (
                          <>
                            <br />
                            <span className="nhsuk-body-s">
                              {r.organisation}
                              {r.title ? `: ${r.title}` : ""}
                            </span>
                          </>
                        ) : null}
                      </th>
                    ) : (
                      <td key={c.id}>{c.render(r)}</td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div onClick={onPageClick}>
        <Pagination page={page} totalPages={pageCount} hrefFor={(n) => `?${resultsViewQuery(view, round, n, hideableIds, defaultHidden)}`} />
      </div>
    </>
  );
}
