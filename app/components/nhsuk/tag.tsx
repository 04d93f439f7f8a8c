// The NHS.UK tag: a short status in a coloured box ("Draft", "Submitted", "Open").
import type { ReactNode } from "react";

export type TagColour = "white" | "grey" | "green" | "aqua-green" | "blue" | "purple" | "pink" | "red" | "orange" | "yellow";

export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ""}`}>{children}</strong>;
}
