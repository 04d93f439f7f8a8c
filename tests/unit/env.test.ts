import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../app/platform/env.server";
import { tempDir } from "../helpers/database";

describe("configuration", () => {
  it("works with no variables at all outside production, keeping a generated secret", () => {
    const dir = tempDir();
    const first = parseEnv({ DATA_DIR: dir });
    expect(first.PORT).toBe(3000);
    expect(first.DATABASE_PATH).toBe(path.resolve("./data/awards.db"));
    expect(first.APP_ORIGIN).toBe("http://localhost:3000");
    expect(first.DEMO_DATA).toBe(true);
    expect(first.SESSION_SECRET).toHaveLength(64);
    expect(fs.readFileSync(path.join(dir, "session-secret"), "utf8")).toBe(first.SESSION_SECRET);
    expect(parseEnv({ DATA_DIR: dir }).SESSION_SECRET).toBe(first.SESSION_SECRET);
  });

  it("refuses to start in production without its secrets, naming each", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET, APP_ORIGIN, SMTP_URL/);
  });

  it("starts in production with its secrets, and turns demo data off by default", () => {
    const config = parseEnv({
      DATA_DIR: tempDir(),
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(40),
      APP_ORIGIN: "https://awards.example.org/",
      SMTP_URL: "smtp://mail.example.org:587",
    });
    expect(config.DEMO_DATA).toBe(false);
    expect(config.APP_ORIGIN).toBe("https://awards.example.org");
  });

  it("reads TRUST_PROXY as the number of proxies in front of the server", () => {
    const dir = tempDir();
    expect(parseEnv({ DATA_DIR: dir }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ DATA_DIR: dir, TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ DATA_DIR: dir, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ DATA_DIR: dir, TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });

  it("explains a bad value", () => {
    expect(() => parseEnv({ PORT: "not-a-port" })).toThrow(/PORT/);
    expect(() => parseEnv({ SESSION_SECRET: "short" })).toThrow(/at least 32 characters/);
  });
});
