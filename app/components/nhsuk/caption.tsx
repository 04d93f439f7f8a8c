// The NHS.UK caption above a page's heading ("Award cycle", "Nomination"), in the heading's size.
import type { ReactNode } from "react";

export function Caption({ size = "l", children }: { size?: "xl" | "l" | "m"; children: ReactNode }) {
  return <span className={`nhsuk-caption-${size}`}>{children}</span>;
}
