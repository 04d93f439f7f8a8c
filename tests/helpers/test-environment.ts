// Before each test file: a data folder of its own (and a database path in it), so that code reading
// the configuration without a test server never writes to ./data, where a developer's own database,
// secrets and outbox live. startTestServer and the tests that set these themselves replace them.
import path from "node:path";
import { resetEnv } from "~/platform/env.server";
import { tempDir } from "./database";

process.env.DATA_DIR = tempDir("hpma-data-");
process.env.DATABASE_PATH = path.join(process.env.DATA_DIR, "awards.db");
// The parsed configuration is kept on globalThis, which outlives a test file within a worker.
resetEnv();
