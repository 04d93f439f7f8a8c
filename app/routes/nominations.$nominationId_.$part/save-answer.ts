// What a save of the nomination form answers, for the page and for the autosave fetcher alike.

export type SaveAnswer =
  | { saved: true; revision: number; savedAtText: string; status: string }
  | { saved: false; problem: string; errors?: Record<string, string>; values?: Record<string, string>; stale?: boolean };
