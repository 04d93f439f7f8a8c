// How an audit entry's stored details read on a page: the one formatter for the audit log and for
// the audit trail of a nomination.

/** "key: value" lines for an audit entry's stored JSON details; the raw text if it is not an object. */
export function auditDetailLines(details: string | null): string[] {
  if (!details) return [];
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return Object.entries(parsed).map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
    }
  } catch {
    // Not JSON: shown as stored, below.
  }
  return [details];
}
