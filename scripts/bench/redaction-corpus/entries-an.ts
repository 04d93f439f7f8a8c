import type { MarkedEntry } from "./corpus";

export const ENTRIES_AN: MarkedEntry[] = [];
