import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS, mailState } from "./outbox";

const now = new Date("2027-03-01T10:00:00.000Z");
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000).toISOString();

describe("retrying an e-mail", () => {
  it("waits 1 minute, then 5, 30 and 2 hours, longer after that", () => {
    expect(afterFailure(1, now)).toEqual({ status: "queued", nextAttemptAt: minutesLater(1) });
    expect(afterFailure(2, now)).toEqual({ status: "queued", nextAttemptAt: minutesLater(5) });
    expect(afterFailure(3, now)).toEqual({ status: "queued", nextAttemptAt: minutesLater(30) });
    expect(afterFailure(4, now)).toEqual({ status: "queued", nextAttemptAt: minutesLater(120) });
    expect(afterFailure(MAX_ATTEMPTS - 1, now)).toEqual({ status: "queued", nextAttemptAt: minutesLater(1440) });
  });

  it("gives up after the last attempt, or at once when the server refuses the message for good", () => {
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "failed" });
    expect(afterFailure(MAX_ATTEMPTS + 1, now)).toEqual({ status: "failed" });
    expect(afterFailure(1, now, { permanent: true })).toEqual({ status: "failed" });
  });

  it("reads as retrying only once an attempt has failed", () => {
    expect(mailState({ status: "queued", attempts: 0 })).toBe("waiting");
    expect(mailState({ status: "queued", attempts: 2 })).toBe("retrying");
    expect(mailState({ status: "failed", attempts: 8 })).toBe("failed");
    expect(mailState({ status: "sent", attempts: 1 })).toBe("sent");
  });
});
