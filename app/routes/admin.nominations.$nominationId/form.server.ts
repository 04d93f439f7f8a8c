// The one form on a nomination's secretariat page, accepting an endorsement on other evidence, and
// the banner the page shows after it.
import { z } from "zod";
import { requiredText } from "~/request/fields.server";
import { defineNotices } from "~/request/notices.server";

export const AcceptEndorsementSchema = z.object({
  side: z.enum(["employer", "staff_side"], { error: "Select whose endorsement to accept" }),
  reason: requiredText("Enter the evidence the endorsement is accepted on", { max: 1000, label: "Reason" }),
});

export const nominationNotices = defineNotices({ accepted: "The endorsement has been accepted on other evidence" }, { param: "saved" });
