// What an action did, told on the page it redirected to (the request layer's defineNotices reads it
// from the address; the components show it). Pure data, so both layers can name it.

/** A title and a paragraph per line; `plain` for a banner that reports no change ("Nothing was changed"); an optional link after the lines. */
export type Notice = { title: string; lines: string[]; plain?: true; link?: { href: string; text: string } };
