// zod pieces for our forms' fields, with messages in the NHS style ("Enter your full name").
import { z } from "zod";

export function requiredText(message: string, { max = 200, label = "This" }: { max?: number; label?: string } = {}) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `${label} must be ${max} characters or fewer`);
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
