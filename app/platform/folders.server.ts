// The one way a folder is made: each missing folder on the path in turn, so that a place where none
// can be made ends in one sentence instead of Node's recursive mkdir, which never returns under /proc
// (the kernel answers ENOENT there for a folder it has just said is missing, and Node tries again).
import fs from "node:fs";
import path from "node:path";

const REASONS: Record<string, string> = {
  EACCES: "this user may not write there",
  EPERM: "this user may not write there",
  EROFS: "it is on a read-only file system",
  ENOENT: "the file system does not let a folder be made there",
  ENOTDIR: "part of its path is a file, not a folder",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
};

/** A folder that cannot be made; `code` is the file system's (ENOENT, EACCES, ENOTDIR, ...). */
export class FolderError extends Error {
  constructor(
    readonly folder: string,
    readonly code: string,
  ) {
    super(`The folder ${folder} cannot be made because ${REASONS[code] ?? "the file system refused"} (${code}).`);
    this.name = "FolderError";
  }
}

function isFolder(p: string): boolean | "not a folder" {
  try {
    return fs.statSync(p).isDirectory() || "not a folder";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    if (code === "ENOTDIR") return "not a folder";
    throw new FolderError(p, code ?? "EIO");
  }
}

/**
 * Makes the folder and any missing folders above it, each with `mode` (an existing folder is left as
 * it is: it may be shared, e.g. /var/lib). Throws a FolderError, with one sentence, when it cannot.
 */
export function makeFolder(folder: string, mode = 0o700): void {
  const target = path.resolve(folder);
  const missing: string[] = [];
  for (let p = target; ; p = path.dirname(p)) {
    const state = isFolder(p);
    if (state === true) break;
    if (state === "not a folder") throw new FolderError(target, "ENOTDIR");
    missing.unshift(p);
    if (path.dirname(p) === p) break;
  }
  for (const p of missing) {
    try {
      fs.mkdirSync(p, { mode });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "EIO";
      // Made meanwhile by another process: fine, if it is a folder.
      if (code === "EEXIST" && isFolder(p) === true) continue;
      throw new FolderError(target, code === "EEXIST" ? "ENOTDIR" : code);
    }
  }
}
