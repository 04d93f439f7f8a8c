// `npm run test:postgres [vitest arguments]`: starts a throwaway PostgreSQL server (Debian's or any
// on the PATH) in a temporary folder on a free port, runs the integration suite and the two-instance
// test on it (vitest.postgres.config.ts), then stops it and removes the folder. Decision 040.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function binDir(): string | null {
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (fs.existsSync(path.join(debian, v, "bin", "initdb"))) return path.join(debian, v, "bin");
  }
  const found = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  return found ? path.dirname(found) : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const bin = binDir();
if (!bin) {
  console.error("PostgreSQL's server programs (initdb, pg_ctl) were not found: install them (on Debian or Ubuntu: sudo apt-get install postgresql) and run again.");
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-postgres-"));
const data = path.join(dir, "data");
// PostgreSQL refuses to run as root: as root, its programs run as the postgres user.
const asRoot = process.getuid?.() === 0;
const run = (program: string, args: string[]) => {
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
  execFileSync(cmd, argv, { stdio: ["ignore", "ignore", "inherit"] });
};
if (asRoot) execFileSync("chown", ["postgres", dir]);

const port = await freePort();
let status = 1;
try {
  run("initdb", ["-D", data, "-A", "trust", "-U", "hpma", "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8"]);
  // C.UTF-8: lower() folds every script's capitals, as a production database in a UTF-8 locale does
  // (in the plain C locale it folds only A to Z). Durability is not what these tests are about; speed is.
  run("pg_ctl", ["-D", data, "-w", "-l", path.join(dir, "server.log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`, "start"]);
  console.log(`PostgreSQL (${path.basename(path.dirname(bin))}) on port ${port}, in ${dir}`);
  const result = spawnSync("npx", ["vitest", "run", "--config", "vitest.postgres.config.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TEST_POSTGRES_URL: `postgres://hpma@127.0.0.1:${port}/postgres` },
  });
  status = result.status ?? 1;
} finally {
  try {
    run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
  } catch {
    // already stopped
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
