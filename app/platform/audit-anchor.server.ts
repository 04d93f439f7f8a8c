// The audit log's anchor file, outside the database (decision 019): the server appends the chain's
// head to it from time to time, so that `npm run audit:verify` can tell when rows were removed from
// the end of the log, or the whole chain rewritten. One line each, appended, never rewritten:
//   boundary <first keyed row id> <time>     written once, when the file is created
//   head <row id> <row hash> <time>          the chain's last row when it was anchored
import fs from "node:fs";
import path from "node:path";
import { makeFolder } from "./folders.server";

export type AuditHead = { id: number; hash: string };
export type AuditAnchors = { boundary: number | null; heads: AuditHead[]; problems: string[] };

/** The file's anchors, or null when there is no file yet. Lines it cannot read are listed as problems. */
export function readAuditAnchors(file: string): AuditAnchors | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const anchors: AuditAnchors = { boundary: null, heads: [], problems: [] };
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const [kind, id, hash] = line.trim().split(/\s+/);
    if (kind === "boundary" && /^\d+$/.test(id ?? "")) anchors.boundary ??= Number(id);
    else if (kind === "head" && /^\d+$/.test(id ?? "") && /^[0-9a-f]{64}$/.test(hash ?? "")) anchors.heads.push({ id: Number(id), hash });
    else anchors.problems.push(`line ${i + 1} of the anchor file cannot be read`);
  });
  return anchors;
}

/** Appends lines to the file (created 0600 with its folder when missing). */
export function appendAuditAnchors(file: string, lines: string[]): void {
  makeFolder(path.dirname(file));
  fs.appendFileSync(file, lines.map((l) => `${l}\n`).join(""), { mode: 0o600 });
}
