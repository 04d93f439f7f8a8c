// The scheduler's leader election on PostgreSQL logs an outage once as it starts and once as it ends,
// not on every tick (app/platform/leader.server.ts).
import { afterEach, describe, expect, it, vi } from "vitest";
import { isSchedulerLeader, outageWatch, stopLeading } from "../../app/platform/leader.server";
import { resetEnv } from "../../app/platform/env.server";

describe("the scheduler's PostgreSQL outage log", () => {
  it("says when PostgreSQL cannot be reached, then nothing until it can again, then says so once", () => {
    const watch = outageWatch();
    const t = (s: number) => new Date(Date.UTC(2030, 0, 1, 9, 0, s));
    expect(watch(true, undefined, t(0))).toBeNull();
    expect(watch(false, new Error("connect ECONNREFUSED 127.0.0.1:5432"), t(5))).toBe(
      "[scheduler] PostgreSQL cannot be reached: connect ECONNREFUSED 127.0.0.1:5432; this instance runs no scheduled jobs until it can",
    );
    expect(watch(false, new Error("again"), t(10))).toBeNull();
    expect(watch(false, new Error("again"), t(15))).toBeNull();
    expect(watch(true, undefined, t(47))).toBe("[scheduler] PostgreSQL can be reached again (after 42 s)");
    expect(watch(true, undefined, t(50))).toBeNull();
    expect(watch(false, undefined, t(55))).toBe("[scheduler] PostgreSQL cannot be reached; this instance runs no scheduled jobs until it can");
  });

  describe("with a DATABASE_URL nothing answers", () => {
    const saved = process.env.DATABASE_URL;
    afterEach(async () => {
      await stopLeading();
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
      resetEnv();
      vi.restoreAllMocks();
    });

    it("is not the leader, and logs one line however many ticks ask", async () => {
      // Port 1 on this machine refuses the connection at once.
      process.env.DATABASE_URL = "postgres://hpma@127.0.0.1:1/hpma";
      resetEnv();
      const errors = vi.spyOn(console, "error").mockImplementation(() => {});
      for (let tick = 0; tick < 4; tick++) expect(await isSchedulerLeader()).toBe(false);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0][0])).toMatch(/^\[scheduler\] PostgreSQL cannot be reached: .*ECONNREFUSED/);
    });
  });
});
