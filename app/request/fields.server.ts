// zod pieces for our forms' fields, with messages in the NHS style ("Enter your full name").
import { z } from "zod";

export function requiredText(message: string, { max = 200, label = "This" }: { max?: number; label?: string } = {}) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `${label} must be ${max} characters or fewer`);
}

/** Line breaks and other control characters (C0, DEL, C1, and the Unicode line and paragraph separators). */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/** Whether one line of text holds no line break or other control character (names go into e-mails). */
export function isOneLine(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value);
}

export const oneLineMessage = (label: string) => `${label} must be on one line, with no line breaks or other control characters`;

/** A person's name as typed: required, at most `max` characters, and on one line. */
export function personName(message: string, { max = 100, label = "Full name" }: { max?: number; label?: string } = {}) {
  return requiredText(message, { max, label }).refine(isOneLine, oneLineMessage(label));
}

export function optionalText({ max = 200, label = "This" }: { max?: number; label?: string } = {}) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : null));
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailAddress(message = "Enter your email address") {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(254, "Email address must be 254 characters or fewer")
    .regex(EMAIL_SHAPE, "Enter an email address in the correct format, like name@example.com");
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}
