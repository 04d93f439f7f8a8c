// The NHS error summary for problems that all belong to one field, such as the rows of an uploaded
// file: each message links to that field, and a long list ends with how many more there are.
import type { ReactNode } from "react";
import { ErrorSummaryBox } from "./forms";

export function ErrorListSummary({ field, intro, messages, more = 0 }: { field: string; intro?: ReactNode; messages: string[]; more?: number }) {
  return <ErrorSummaryBox items={messages.map((message) => ({ href: `#${field}`, message }))} intro={intro} more={more} />;
}
