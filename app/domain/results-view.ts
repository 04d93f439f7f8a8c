// The results table's view: its order, filter, page and hidden columns. The table shows it
// (app/components/results-table.tsx) and the request layer reads it from the address
// (app/request/results-forms.server.ts), so a browser without JavaScript gets the same table.

export const RESULTS_PAGE_SIZE = 50;

export type ResultsView = {
  sort: string;
  direction: "asc" | "desc";
  q: string;
  flagsOnly: boolean;
  pageIndex: number;
  pageSize: number;
  /** Ids of the columns hidden. */
  hidden: string[];
};

export const DEFAULT_RESULTS_VIEW: ResultsView = { sort: "normalisedRank", direction: "asc", q: "", flagsOnly: false, pageIndex: 0, pageSize: RESULTS_PAGE_SIZE, hidden: [] };
