// What a form that autosaves is answered with: the shape the server's action returns and the
// browser's autosave (app/components/use-autosave.ts) reads, for autosaves and button presses alike.

/** What a save answers; the route's action returns this for autosaves and button presses alike. */
export type AutosaveAnswer =
  | { saved: true; revision: number; savedAtText: string }
  | { saved: false; problem: string; errors?: Record<string, string>; stale?: boolean };
