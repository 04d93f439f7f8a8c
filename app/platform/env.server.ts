// Environment variables, parsed once by zod at start-up. Every variable has a default that works
// on a fresh checkout; in production the secrets must be given, and their absence is a clear error.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";
import { DEFAULT_RETENTION_YEARS } from "~/domain/retention";
import { makeFolder } from "./folders.server";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default("./data/awards.db"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "DATABASE_URL must be a PostgreSQL address such as postgres://user:password@host:5432/awards (leave it unset for SQLite)")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  SMTP_URL: z.string().url("SMTP_URL must be a URL such as smtp://user:pass@host:587").optional(),
  MAIL_FROM: z.string().default("HPMA Partnership Award <no-reply@partnership-award.localhost>"),
  APP_ORIGIN: z.string().url("APP_ORIGIN must be a URL such as https://awards.example.org").optional(),
  DEMO_DATA: z.enum(["0", "1"]).optional(),
  DEMO_STAGE: z.enum(["open", "judging"], { error: "DEMO_STAGE must be open or judging" }).default("judging"),
  TRUST_PROXY: z.coerce
    .number({ error: "TRUST_PROXY must be how many proxies stand in front of the server: 0, 1, 2…" })
    .int("TRUST_PROXY must be a whole number of proxies")
    .min(0)
    .max(10)
    .default(0),
  LOG_EMAIL_LINKS: z.enum(["0", "1"]).default("1"),
  RETENTION_YEARS: z.coerce.number({ error: "RETENTION_YEARS must be a whole number of years" }).int("RETENTION_YEARS must be a whole number of years").min(1, "RETENTION_YEARS must be 1 or more").max(50, "RETENTION_YEARS must be 50 or fewer").default(DEFAULT_RETENTION_YEARS),
  AUDIT_KEY: z.string().min(32, "AUDIT_KEY must be at least 32 characters").optional(),
  AUDIT_ANCHOR_PATH: z.string().min(1).optional(),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number({ error: "BACKUP_KEEP must be a whole number of days" }).int("BACKUP_KEEP must be a whole number of days").min(0, "BACKUP_KEEP must be 0 (no daily backup) or more days").max(3650).default(14),
});

export type Env = {
  NODE_ENV: "development" | "production" | "test";
  isProduction: boolean;
  PORT: number;
  DATABASE_PATH: string;
  /** A PostgreSQL address: when set, the service uses that database instead of DATABASE_PATH's SQLite file. */
  DATABASE_URL?: string;
  DATA_DIR: string;
  OUTBOX_DIR: string;
  SESSION_SECRET: string;
  SMTP_URL: string | undefined;
  MAIL_FROM: string;
  APP_ORIGIN: string;
  DEMO_DATA: boolean;
  /** Where the demo cycle stands on a new install: judging (the default) or open for nominations. */
  DEMO_STAGE: "open" | "judging";
  /** How many reverse proxies stand in front of the server (0: none, trust no X-Forwarded-* header). */
  TRUST_PROXY: number;
  LOG_EMAIL_LINKS: boolean;
  /** Years after a cycle's announcement that its unsuccessful nominations' text and judges' comments are kept. */
  RETENTION_YEARS: number;
  /** The key of the audit log's chain, kept outside the database (decision 019). */
  AUDIT_KEY: string;
  /** The file the server appends the audit log's head to, outside the database (decision 019). */
  AUDIT_ANCHOR_PATH: string;
  /** Where `npm run db:backup` and the daily backup write their folders. */
  BACKUP_DIR: string;
  /** Days the daily backups are kept; 0 turns the daily backup off. */
  BACKUP_KEEP: number;
};

export class EnvError extends Error {}

/** Parses an environment; throws EnvError with one readable line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`The environment is not valid:\n${lines.join("\n")}`);
  }
  const raw = result.data;
  const isProduction = raw.NODE_ENV === "production";
  if (isProduction) {
    const missing = (["SESSION_SECRET", "APP_ORIGIN", "SMTP_URL"] as const).filter((k) => !raw[k]);
    if (missing.length > 0) {
      throw new EnvError(
        `In production these must be set: ${missing.join(", ")}. ` +
          "SESSION_SECRET is a random string of 32 or more characters (e.g. `openssl rand -hex 32`), " +
          "APP_ORIGIN the site's public address, SMTP_URL the mail server.",
      );
    }
  }
  const dataDir = path.resolve(raw.DATA_DIR);
  return {
    NODE_ENV: raw.NODE_ENV,
    isProduction,
    PORT: raw.PORT,
    DATABASE_PATH: path.resolve(raw.DATABASE_PATH),
    DATABASE_URL: raw.DATABASE_URL,
    DATA_DIR: dataDir,
    OUTBOX_DIR: path.join(dataDir, "outbox"),
    SESSION_SECRET: raw.SESSION_SECRET ?? localSecret(dataDir),
    AUDIT_KEY: raw.AUDIT_KEY ?? localSecret(dataDir, "audit-key"),
    AUDIT_ANCHOR_PATH: path.resolve(raw.AUDIT_ANCHOR_PATH ?? path.join(dataDir, "audit-anchor.log")),
    SMTP_URL: raw.SMTP_URL,
    MAIL_FROM: raw.MAIL_FROM,
    APP_ORIGIN: (raw.APP_ORIGIN ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ""),
    DEMO_DATA: raw.DEMO_DATA ? raw.DEMO_DATA === "1" : !isProduction,
    DEMO_STAGE: raw.DEMO_STAGE,
    TRUST_PROXY: raw.TRUST_PROXY,
    LOG_EMAIL_LINKS: raw.LOG_EMAIL_LINKS === "1",
    RETENTION_YEARS: raw.RETENTION_YEARS,
    BACKUP_DIR: path.resolve(raw.BACKUP_DIR ?? path.join(dataDir, "backups")),
    BACKUP_KEEP: raw.BACKUP_KEEP,
  };
}

/** A secret not given in the environment is generated once and kept in the data folder (0600). */
function localSecret(dataDir: string, name = "session-secret"): string {
  const file = path.join(dataDir, name);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    makeFolder(dataDir);
    const secret = crypto.randomBytes(32).toString("hex");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

const globalForEnv = globalThis as unknown as { __hpmaEnv?: Env };

/** The process's environment, parsed on first use and kept for the life of the process. */
export function env(): Env {
  globalForEnv.__hpmaEnv ??= parseEnv(process.env);
  return globalForEnv.__hpmaEnv;
}

/** Tests and scripts that change process.env call this to parse it again. */
export function resetEnv(): void {
  globalForEnv.__hpmaEnv = undefined;
}
