// The integration tests on PostgreSQL (decision 040): when TEST_POSTGRES_URL names a server (any
// database on it, e.g. postgres://user@127.0.0.1:5432/postgres), the global setup migrates and seeds
// one template database per seeded variant, and every test server gets its own database made from
// its template (CREATE DATABASE … TEMPLATE, a file copy inside PostgreSQL). Without it, SQLite as always.
import crypto from "node:crypto";
import pg from "pg";
import type { SeededVariant } from "./seeded-data";

/** The PostgreSQL server the tests run on, or undefined for SQLite. */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_POSTGRES_URL || undefined;
}

/** The same server's address with another database name. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function templateName({ demo, demoStage }: SeededVariant): string {
  return demo ? `hpma_template_demo_${demoStage}` : "hpma_template_without_demo";
}

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops (if there) and creates an empty database; returns its address. */
export async function createEmptyDatabase(serverUrl: string, name: string): Promise<string> {
  await admin(serverUrl, async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  });
  return databaseUrl(serverUrl, name);
}

/** A new database copied from a seeded template; returns its address. */
export async function databaseFromTemplate(serverUrl: string, variant: SeededVariant): Promise<string> {
  const name = `hpma_test_${crypto.randomBytes(6).toString("hex")}`;
  await admin(serverUrl, (client) => client.query(`create database "${name}" template "${templateName(variant)}"`));
  return databaseUrl(serverUrl, name);
}

/** Drops a test's database once its server has closed. */
export async function dropDatabase(serverUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await admin(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}
