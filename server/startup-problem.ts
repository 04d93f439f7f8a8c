// One sentence for an operator when the server cannot start because of its files: a folder that
// cannot be created or written, a read-only disk, a database that cannot be opened. No stack trace.
const BY_CODE: Record<string, string> = {
  EACCES: "this user may not write there",
  EPERM: "this user may not write there",
  EROFS: "it is on a read-only file system",
  ENOENT: "a folder on the way to it does not exist and cannot be made",
  ENOTDIR: "part of its path is a file, not a folder",
  ENOSPC: "the disk is full",
  SQLITE_CANTOPEN: "SQLite cannot open or create the file there",
  SQLITE_READONLY: "the database is read-only",
  SQLITE_FULL: "the disk is full",
  SQLITE_IOERR: "the disk reported an error",
  SQLITE_CORRUPT: "the file is damaged (restore a backup: see README, Operations)",
  SQLITE_NOTADB: "the file is not a SQLite database",
};

export function startupProblem(error: unknown, where: string): string {
  const code = (error as { code?: string }).code ?? "";
  const reason = BY_CODE[code] ?? BY_CODE[code.replace(/_.*$/, "")] ?? (code.startsWith("SQLITE_IOERR") ? BY_CODE.SQLITE_IOERR : undefined);
  if (reason) return `Start-up stopped: ${where} cannot be used because ${reason} (${code}). Check DATABASE_PATH and DATA_DIR.`;
  return `Start-up stopped: ${(error as Error).message}`;
}
