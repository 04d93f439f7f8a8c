// The zod schemas of the sign-in, registration and invitation forms. They live in a .server module so
// that zod and the schemas stay out of the browser bundle (a schema built at the top of a route
// module runs in the browser too).
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "~/domain/password-policy";
import { emailAddress, personName } from "./fields.server";
import { parseForm } from "./forms.server";
import { defineNotices } from "./notices.server";

export const LoginSchema = z.object({
  email: emailAddress(),
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1000, "Enter a correct email address and password"),
  redirectTo: z.string().optional(),
});

export const RegisterSchema = z.object({
  name: personName("Enter your full name"),
  email: emailAddress(),
  organisationId: z.string({ error: "Select your organisation" }).min(1, "Select your organisation"),
  organisationName: z.string().trim().max(200, "Organisation name must be 200 characters or fewer").optional(),
  password: z.string({ error: "Enter a password" }).max(MAX_PASSWORD_LENGTH * 4, `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`),
});

export const ForgotPasswordSchema = z.object({ email: emailAddress() });

export const AcceptInvitationSchema = z.object({
  name: personName("Enter your full name"),
  password: z.string().optional(),
});

/**
 * An invitation's form as typed, read even when AcceptInvitationSchema refuses it: the password
 * policy checks the password against the name typed, and someone who already has an account may
 * send no name at all (the invitation's is kept).
 */
const InvitationTypedSchema = z.object({ name: z.string().optional(), password: z.string().default("") });

export function invitationTyped(formData: FormData): { name?: string; password: string } {
  const parsed = parseForm(InvitationTypedSchema, formData);
  return parsed.ok ? parsed.data : { name: undefined, password: "" };
}

/** Changing a password: the current one and the new one. How strong the new one must be is the password policy's (app/domain/password-policy.ts). */
export const ChangePasswordSchema = z.object({
  password: z.string().default(""),
  newPassword: z.string().default(""),
});

/** A new password from a reset link; its strength is the password policy's. */
export const ResetPasswordSchema = z.object({ password: z.string().default("") });

/** What the sign-in page says after a confirmed address, a reset password or signing out. */
export const signInNotices = defineNotices({
  confirmed: "Your email address is confirmed. You can now sign in.",
  reset: "Your password has been changed. Sign in with your new password.",
  "signed-out": "You have signed out.",
});

/** What the account page says after the password is changed. */
export const accountNotices = defineNotices({
  "password-changed": { title: "Your password has been changed", lines: ["You have been signed out everywhere else."] },
  expertise: { title: "Your expertise has been saved", lines: ["The SPF secretariat uses it to balance the judging panels."] },
});
