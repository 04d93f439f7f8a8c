// Password rules, after NCSC and NIST SP 800-63B: long enough, no composition rules, not a common
// password and not the person's own e-mail or name.
import { COMMON_PASSWORDS } from "./common-passwords";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

const common = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** Returns the message to show, or null when the password may be used. */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length;
  if (length === 0) return "Enter a password";
  if (length < MIN_PASSWORD_LENGTH) return `Password must be ${MIN_PASSWORD_LENGTH} characters or more`;
  if (length > MAX_PASSWORD_LENGTH) return `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`;
  const lower = password.toLowerCase();
  const squashed = lower.replace(/[\s\-_.]/g, "");
  if (common.has(lower) || common.has(squashed) || /^(.)\1+$/.test(password)) {
    return "Password is too common. Choose a password that is harder to guess, such as three random words";
  }
  const email = person.email?.trim().toLowerCase();
  if (email && (lower === email || lower === email.split("@")[0])) {
    return "Password must not be your e-mail address";
  }
  const name = person.name?.trim().toLowerCase().replace(/\s+/g, "");
  if (name && name.length >= 4 && squashed === name) return "Password must not be your name";
  return null;
}
