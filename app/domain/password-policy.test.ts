import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("accepts a long password with no composition rules", () => {
    expect(passwordProblem("purple walrus orchestra")).toBeNull();
    expect(passwordProblem("alllowercaseletters")).toBeNull();
  });

  it("refuses passwords shorter than 12 characters, counting characters not bytes", () => {
    expect(passwordProblem("")).toBe("Enter a password");
    expect(passwordProblem("short-pass1")).toMatch(/12 characters or more/);
    // 12 emoji are 12 characters even though they are 24 UTF-16 units.
    expect(passwordProblem("🙂".repeat(11))).toMatch(/12 characters or more/);
    expect(passwordProblem("🙂🐝🌿🎈🍋🚲🧩🎻🌵🦊🍩🪁")).toBeNull();
  });

  it("refuses the most common long passwords, however they are spaced or cased", () => {
    expect(passwordProblem("password1234")).toMatch(/too common/);
    expect(passwordProblem("Password1234")).toMatch(/too common/);
    expect(passwordProblem("qwerty-uiop-123")).toMatch(/too common/);
    expect(passwordProblem("aaaaaaaaaaaaaaa")).toMatch(/too common/);
  });

  it("refuses the person's own e-mail address or name", () => {
    expect(passwordProblem("jo.bennett@example.nhs.uk", { email: "Jo.Bennett@example.nhs.uk" })).toMatch(/e-mail/);
    expect(passwordProblem("Josephine Bennett", { name: "Josephine Bennett" })).toMatch(/your name/);
  });

  it("refuses absurdly long passwords", () => {
    expect(passwordProblem("x".repeat(150) + "y".repeat(100))).toMatch(/200 characters or fewer/);
  });
});
