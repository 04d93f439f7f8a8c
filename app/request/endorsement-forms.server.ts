// The zod schemas of the endorsement link and its form, kept out of the browser bundle (see
// account-forms.server.ts for why they are not at the top of the route module).
import { z } from "zod";

/** A link's token as generateToken makes it; anything else can name no endorsement. */
export const EndorsementTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

export const REASON_MAX = 2000;

export const EndorsementResponseSchema = z
  .object({
    decision: z.enum(["confirm", "decline"], { error: "Select whether you confirm this nomination" }),
    reason: z.string().trim().max(REASON_MAX, `Your reason must be ${REASON_MAX} characters or fewer`).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "decline" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Enter why you do not confirm this nomination" });
    }
  });

/**
 * The optional question on the confirm form: what the lead agrees may be published about them if the
 * entry becomes a case study. Unticked, or anything else sent, is no agreement.
 */
export function publishChoices(formData: FormData): { name: boolean; email: boolean } {
  const ticked = formData.getAll("publish");
  return { name: ticked.includes("name"), email: ticked.includes("email") };
}
