import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FolderError, makeFolder } from "../../app/platform/folders.server";
import { tempDir } from "../helpers/database";

const TSX = path.resolve("node_modules/.bin/tsx");

/** makeFolder in a child process with a time limit: the failure it guards against is a hang, not an error. */
function makeFolderElsewhere(folder: string) {
  const script = `import { makeFolder } from "./app/platform/folders.server.ts";
try { makeFolder(${JSON.stringify(folder)}); console.log("made"); } catch (e) { console.log(e.name + " " + e.code + " " + e.message); }`;
  return spawnSync(TSX, ["--eval", script], { encoding: "utf8", timeout: 20_000 });
}

describe("making a folder", () => {
  it("makes every missing folder on the way, owner-only, and leaves an existing one as it is", () => {
    const root = tempDir();
    fs.chmodSync(root, 0o755);
    const deep = path.join(root, "a", "b", "c");
    makeFolder(deep);
    for (const p of [path.join(root, "a"), path.join(root, "a", "b"), deep]) {
      expect(fs.statSync(p).isDirectory()).toBe(true);
      expect(fs.statSync(p).mode & 0o777).toBe(0o700);
    }
    expect(fs.statSync(root).mode & 0o777).toBe(0o755);
    makeFolder(deep); // again: nothing to do, no error
    makeFolder(root, 0o700);
    expect(fs.statSync(root).mode & 0o777).toBe(0o755);
  });

  it("says in one sentence that part of the path is a file", () => {
    const file = path.join(tempDir(), "a-file");
    fs.writeFileSync(file, "not a folder\n");
    const folder = path.join(file, "data");
    expect(() => makeFolder(folder)).toThrow(new FolderError(folder, "ENOTDIR"));
    expect(() => makeFolder(file)).toThrow(`The folder ${file} cannot be made because part of its path is a file, not a folder (ENOTDIR).`);
  });

  it("says in one sentence that the file system allows no folder there (sysfs: not even root)", () => {
    let error: unknown;
    try {
      makeFolder("/sys/hpma-data/awards");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FolderError);
    expect((error as FolderError).code).toMatch(/^(EACCES|EPERM|EROFS)$/);
    expect((error as Error).message).toMatch(/^The folder \/sys\/hpma-data\/awards cannot be made because (this user may not write there|it is on a read-only file system) \(E[A-Z]+\)\.$/);
  });

  it("returns with one sentence under /proc, where Node's recursive mkdir never returns", () => {
    const run = makeFolderElsewhere("/proc/hpma-data/awards");
    expect(run.error, "makeFolder did not return within 20 s").toBeUndefined();
    expect(run.stdout.trim()).toBe("FolderError ENOENT The folder /proc/hpma-data/awards cannot be made because the file system does not let a folder be made there (ENOENT).");
  }, 30_000);
});
