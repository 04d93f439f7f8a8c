// What a model verb (or a domain rule) answers when it may refuse: ok with what it did, or not ok
// with the one sentence the page can show. One shape, so that every route reads an outcome the same
// way: `ok` is the only discriminant and `problem` the only sentence; a refusal the page answers
// differently carries what it needs beside them (decision 022, Session 9).

/** Done, with what the verb has to say about it (`Outcome<{ released: number }>`), or refused with why. */
export type Outcome<T extends object = object, R extends Refusal = Refusal> = ({ ok: true } & T) | R;

/** A refusal: the problem in words the page can show as they are. */
export type Refusal = { ok: false; problem: string };

/** A form refused field by field: the sentence for the whole, and each field's message for the error summary. */
export type FieldRefusal<F extends string = string> = Refusal & { fields: string extends F ? Record<string, string> : Partial<Record<F, string>> };

/** Refused with several sentences of equal weight (a list in the error summary); `problem` is the first. */
export type ListRefusal = Refusal & { problems: string[] };

/** Nothing of that id for the caller (a stale or altered address): the route answers 404. */
export type NotFound = Refusal & { notFound: true };

/** The NotFound refusal, with what was looked for. */
export function notFoundRefusal(what: string): NotFound {
  return { ok: false, problem: `There is no such ${what}`, notFound: true };
}

/** A ListRefusal of sentences (at least one). */
export function listRefusal(problems: readonly string[]): ListRefusal {
  return { ok: false, problem: problems[0] ?? "", problems: [...problems] };
}

/** A FieldRefusal whose sentence, unless given, is the first field's message. */
export function fieldRefusal<F extends string = string>(fields: FieldRefusal<F>["fields"], problem?: string): FieldRefusal<F> {
  const first = Object.values<string | undefined>(fields).find((m): m is string => typeof m === "string");
  return { ok: false, problem: problem ?? first ?? "", fields };
}
