// A throwaway PostgreSQL server (Debian's or any on the PATH) in a temporary folder on a free port,
// with durability off for speed: started and stopped here for `npm run test:postgres` and for the
// PostgreSQL column of `npm run bench` (decision 040). As root, its programs run as the postgres user
// (PostgreSQL refuses to run as root).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type ThrowawayPostgres = {
  /** postgres://hpma@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  url: string;
  /** The server's major version, from the folder its programs are in (e.g. "15"), or "" if unknown. */
  version: string;
  /** CPU time (user + system, ms) the server and all its processes have used so far, where /proc says. */
  cpuTimeMs: () => number | null;
  /** Stops the server at once and removes its folder. Safe to call more than once. */
  stop: () => void;
};

/** The folder holding initdb and pg_ctl: Debian's newest, else the PATH's; null if neither. */
export function postgresBinDir(): string | null {
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (fs.existsSync(path.join(debian, v, "bin", "initdb"))) return path.join(debian, v, "bin");
  }
  const found = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  return found ? path.dirname(found) : null;
}

export const POSTGRES_NOT_INSTALLED =
  "PostgreSQL's server programs (initdb, pg_ctl) were not found: install them (on Debian or Ubuntu: sudo apt-get install postgresql)";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** utime + stime (+ cutime + cstime: its children that have ended) of a process, in ms; null if gone. */
function processCpuMs(pid: number, withEndedChildren: boolean): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]) + (withEndedChildren ? Number(fields[13]) + Number(fields[14]) : 0);
    return (ticks * 1000) / 100; // in 1/100 s ticks
  } catch {
    return null;
  }
}

/** The server's processes: the postmaster and its children (a backend per connection, the writers). */
function serverCpuMs(postmaster: number): number | null {
  const own = processCpuMs(postmaster, true);
  if (own === null) return null;
  let total = own;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (ppid === postmaster) total += processCpuMs(Number(entry), false) ?? 0;
    } catch {
      // ended while being read
    }
  }
  return total;
}

/**
 * Starts a server; throws an Error saying why when it cannot (programs missing, initdb or pg_ctl
 * failing), having removed whatever it made.
 */
export async function startThrowawayPostgres({ maxConnections = 300 }: { maxConnections?: number } = {}): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(POSTGRES_NOT_INSTALLED);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hpma-postgres-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    try {
      execFileSync(cmd, argv, { stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      const said = (error as { stderr?: Buffer }).stderr?.toString().trim().split("\n").slice(-2).join(" ");
      throw new Error(`${program} failed${said ? `: ${said}` : ""}`);
    }
  };
  let running = false;
  const stop = () => {
    if (running) {
      running = false;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (asRoot) execFileSync("chown", ["postgres", dir]);
    const port = await freePort();
    run("initdb", ["-D", data, "-A", "trust", "-U", "hpma", "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8"]);
    // C.UTF-8: lower() folds every script's capitals, as a production database in a UTF-8 locale does
    // (in the plain C locale it folds only A to Z). Durability is not what these runs are about; speed is.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=${maxConnections}`;
    running = true;
    run("pg_ctl", ["-D", data, "-w", "-l", path.join(dir, "server.log"), "-o", options, "start"]);
    const postmaster = Number(fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
    return {
      url: `postgres://hpma@127.0.0.1:${port}/postgres`,
      version: path.basename(path.dirname(bin)).replace(/\D/g, ""),
      cpuTimeMs: () => serverCpuMs(postmaster),
      stop,
    };
  } catch (error) {
    // The server's own last words, if it wrote any, before its folder goes.
    let log = "";
    try {
      log = fs.readFileSync(path.join(dir, "server.log"), "utf8").trim().split("\n").slice(-1)[0] ?? "";
    } catch {
      // no log yet
    }
    stop();
    throw new Error(`${(error as Error).message}${log ? ` (server log: ${log})` : ""}`);
  }
}
