// What a model verb (or a domain rule) answers when it may refuse: ok with what it did, or not ok
// with the one sentence the page shows. One shape, so that every route reads an outcome the same way.

/** Done, with what the verb has to say about it (`Outcome<{ released: number }>`), or refused with why. */
export type Outcome<T extends object = object> = ({ ok: true } & T) | Refusal;

/** A refusal: the problem in words the page can show as they are. */
export type Refusal = { ok: false; problem: string };
