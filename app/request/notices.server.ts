// The success banner after a redirect: an action redirects to its page with ?notice=<what happened>
// and any counts (?notice=panel&assigned=3&skipped=1) or a short text (?notice=invited&name=Priya);
// the page's loader reads them back into a Notice (a title and lines) through the page's own table of
// messages. Odd values in the address are ignored, so a hand-edited address never shows a wrong
// banner or an error. This is the one home of the pages' notices: no page reads its banner's address
// with a schema of its own.
import type { Notice } from "~/domain/notice";

export type { Notice };

/** A count carried in the address: a whole number from 0 to 100,000, or null when missing or odd. */
export type Counts = (name: string) => number | null;

/** A short text carried in the address (a name), trimmed to 200 characters, or null when missing or empty. */
export type Texts = (name: string) => string | null;

/**
 * A kind's message: its title, or a function of the address's counts and texts (and of the page's own
 * data, such as the version just saved, when the loader passes it) that builds the notice, or returns
 * null when the address lacks what the notice needs.
 */
type Messages<K extends string, D> = { [Kind in K]: string | Notice | ((count: Counts, text: Texts, data: D) => Notice | null) };

const COUNT = /^\d{1,6}$/;

/**
 * A page's notices. `messages` maps each kind to its title, its whole notice, or a function of the
 * counts that builds the notice. `param` names the address's field ("notice" unless the page's addresses
 * already said otherwise).
 */
export function defineNotices<const K extends string, D = undefined>(messages: Messages<K, D>, { param = "notice" }: { param?: string } = {}) {
  const kinds = Object.keys(messages) as K[];
  const kindFrom = (request: Request | URL): K | null => {
    const p = (request instanceof URL ? request : new URL(request.url)).searchParams.get(param);
    return p !== null && (kinds as string[]).includes(p) ? (p as K) : null;
  };
  return {
    /** The page's address with the notice and its counts (or texts), for redirect() after a change. */
    href(path: string, kind: K, counts: Record<string, number | string> = {}): string {
      const query = new URLSearchParams({ [param]: kind });
      for (const [name, n] of Object.entries(counts)) query.set(name, String(n));
      // A path that has its own query already (?seed=2) keeps it, first.
      return `${path}${path.includes("?") ? "&" : "?"}${query.toString()}`;
    },
    /** The kind named in the request's address, if it is one of the page's. */
    kindFrom,
    /** The notice the request's address asks for, or null. `data` is the page's, for messages that show it. */
    from(request: Request | URL, ...[data]: D extends undefined ? [data?: D] : [data: D]): Notice | null {
      const url = request instanceof URL ? request : new URL(request.url);
      const kind = kindFrom(url);
      if (kind === null) return null;
      const message = messages[kind];
      if (typeof message === "string") return { title: message, lines: [] };
      if (typeof message === "object") return message;
      const count: Counts = (name) => {
        const v = url.searchParams.get(name);
        return v !== null && COUNT.test(v) && Number(v) <= 100_000 ? Number(v) : null;
      };
      const text: Texts = (name) => url.searchParams.get(name)?.trim().slice(0, 200) || null;
      return message(count, text, data as D);
    },
  };
}
