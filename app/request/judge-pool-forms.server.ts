// The judge pool page's form: ask the judges of an earlier year to judge a cycle.
import { z } from "zod";

export const AskAgainSchema = z.object({
  intent: z.literal("ask-again", { error: "Choose what to do" }),
  cycleId: z.coerce.number({ error: "Choose the cycle" }).int().positive("Choose the cycle"),
  fromYear: z.coerce.number({ error: "Choose the year whose judges to ask" }).int().positive("Choose the year whose judges to ask"),
});
