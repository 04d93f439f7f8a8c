// The retention rule, as a rule: how long after a cycle's announcement its unsuccessful nominations'
// text and its judges' comments are kept. The archive of winners is never touched (decision 020).

export const DEFAULT_RETENTION_YEARS = 2;

/** The latest announcement whose cycle's text is now past retention: `years` before `now`. */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}
