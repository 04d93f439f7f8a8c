import type { MarkedEntry } from "./corpus";

export const ENTRIES_AO: MarkedEntry[] = [];
