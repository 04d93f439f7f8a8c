// Autosave for a form: on leaving a field and a few seconds after typing, each save conditional on
// the revision it started from; text not yet saved is kept in the browser (localStorage, forgotten at
// sign-out: see root.tsx) and put back on the next visit. Used by the nomination form and the judges'
// score sheets, with the client action and revalidation rule their routes export.
import { useFetcher, useNavigation, type ClientActionFunctionArgs, type ShouldRevalidateFunction } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type FocusEvent, type FormEvent, type RefObject } from "react";
import type { AutosaveAnswer } from "~/domain/autosave";
import { formatUkClock } from "~/domain/uk-time";

type Stored = { at: string; revision: number; values: Record<string, string> };

export const AUTOSAVE_EVERY_MS = 5000;

function formEntries(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of new FormData(form).entries()) if (typeof v === "string" && k !== "intent" && k !== "revision") values[k] = v;
  return values;
}

const defaultSavedText = (answer: { savedAtText: string }) => `Saved at ${answer.savedAtText}`;

/** Puts stored values back into the form's own fields (hidden fields and buttons are the page's). */
function restoreInto(form: HTMLFormElement, values: Record<string, string>) {
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement) {
      if (!el.name || el.type === "hidden" || el.type === "submit" || el.type === "button") continue;
      if (el.type === "checkbox" || el.type === "radio") el.checked = values[el.name] === el.value;
      else el.value = values[el.name] ?? "";
    } else if ((el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) && el.name) {
      el.value = values[el.name] ?? "";
    }
  }
}

export function useAutosave<A extends AutosaveAnswer = AutosaveAnswer>({
  formRef,
  action,
  storageKey,
  revision: savedRevision,
  savedAt,
  savedValues,
  readOnly,
  onRestore,
  savedText = defaultSavedText,
}: {
  formRef: RefObject<HTMLFormElement>;
  /** The action's URL; "?autosave=1" is added for autosaves. */
  action: string;
  storageKey: string;
  revision: number;
  savedAt: string | null;
  savedValues: Record<string, string>;
  readOnly: boolean;
  /** Told the values put back, for fields the page keeps in its own state (word counts). */
  onRestore?: (values: Record<string, string>) => void;
  /** What the page says after a save. */
  savedText?: (answer: Extract<A, { saved: true }>) => string;
}) {
  const fetcher = useFetcher<A>({ key: `autosave:${storageKey}` });
  const revisionRef = useRef(savedRevision);
  const [revision, setRevision] = useState(savedRevision);
  const dirty = useRef(false);
  const inFlight = useRef(false);
  // A button press on its way: an autosave started now would carry the revision the press replaces.
  const pressing = useRef(false);
  const navigation = useNavigation();
  useEffect(() => {
    if (navigation.state === "idle") pressing.current = false;
  }, [navigation.state]);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [status, setStatus] = useState<{ kind: "saved" | "failed" | "stale"; text: string } | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const [savedAtText, setSavedAtText] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const remember = useCallback(() => {
    if (!formRef.current) return;
    const stored: Stored = { at: new Date().toISOString(), revision: revisionRef.current, values: formEntries(formRef.current) };
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(stored));
    } catch {
      // A full or disabled localStorage only loses the browser copy; the server copy still saves.
    }
  }, [formRef, storageKey]);

  const forget = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing was kept.
    }
  }, [storageKey]);

  const saveNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!formRef.current || readOnly || stopped.current || !dirty.current) return;
    if (inFlight.current || pressing.current) {
      timer.current = setTimeout(() => saveNow(), 1000);
      return;
    }
    const fd = new FormData(formRef.current);
    fd.set("intent", "autosave");
    fd.set("revision", String(revisionRef.current));
    dirty.current = false;
    inFlight.current = true;
    fetcher.submit(fd, { method: "post", action: `${action}?autosave=1` });
  }, [action, fetcher, formRef, readOnly]);

  const onChange = useCallback(() => {
    dirty.current = true;
    remember();
    if (!timer.current) timer.current = setTimeout(() => saveNow(), AUTOSAVE_EVERY_MS);
  }, [remember, saveNow]);

  // Leaving a field saves it, unless the user is pressing one of the form's own buttons.
  const onBlur = useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      const next = event.relatedTarget;
      if (next instanceof HTMLButtonElement && next.form === formRef.current) return;
      saveNow();
    },
    [formRef, saveNow],
  );

  // A button pressed while an autosave is on its way would carry the revision the autosave is
  // replacing and be refused as stale: it waits for the autosave to land, then goes. Every press
  // takes its revision from revisionRef, written into the form here, not from the hidden field as
  // React last rendered it: React may not have rendered the autosave's new revision yet (issue 18).
  const waiting = useRef<string | null>(null);
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (!inFlight.current) {
        dirty.current = false;
        pressing.current = true;
        const field = formRef.current?.elements.namedItem("revision");
        if (field instanceof HTMLInputElement) field.value = String(revisionRef.current);
        return;
      }
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      waiting.current = submitter instanceof HTMLButtonElement ? submitter.value : "save";
    },
    [formRef],
  );

  /** Makes the press that waited for an autosave (onSubmit above puts the newest revision in). */
  const pressWaiting = useCallback(() => {
    const intent = waiting.current;
    waiting.current = null;
    const form = formRef.current;
    if (!intent || !form) return;
    const button = [...form.querySelectorAll("button")].find((b) => b.value === intent);
    form.requestSubmit(button);
  }, [formRef]);

  const answer = fetcher.data ?? null;
  // Every answer (an autosave's or a button press's) is acted on once, however often effects rerun.
  const handled = useRef(new WeakSet<object>());
  useEffect(() => {
    if (!answer || handled.current.has(answer)) return;
    handled.current.add(answer);
    inFlight.current = false;
    if (answer.saved) {
      revisionRef.current = answer.revision;
      setRevision(answer.revision);
      setStatus({ kind: "saved", text: savedText(answer as unknown as Extract<A, { saved: true }>) });
      setSavedAtText(answer.savedAtText);
      setRestored(null);
      if (dirty.current) remember();
      else forget();
      pressWaiting();
    } else {
      dirty.current = true;
      if (answer.stale) {
        // A real conflict: the press is not made, and the page says why.
        stopped.current = true;
        waiting.current = null;
      } else if (waiting.current) {
        // The press carries everything the autosave did, and its own answer says what is wrong.
        pressWaiting();
        return;
      } else if (!answer.errors && !timer.current) timer.current = setTimeout(() => saveNow(), 10_000);
      setStatus({ kind: answer.stale ? "stale" : "failed", text: `Not saved: ${answer.problem}. Your text is kept in this browser.` });
    }
  }, [answer, forget, pressWaiting, remember, saveNow, savedText]);

  /** The answer of a button press (the page's own action data), acted on once. */
  const settle = useCallback(
    (actionAnswer: A | undefined) => {
      if (!actionAnswer || handled.current.has(actionAnswer)) return;
      handled.current.add(actionAnswer);
      if (actionAnswer.saved) {
        revisionRef.current = actionAnswer.revision;
        setRevision(actionAnswer.revision);
        setStatus({ kind: "saved", text: savedText(actionAnswer as Extract<A, { saved: true }>) });
        setSavedAtText(actionAnswer.savedAtText);
        setRestored(null);
        dirty.current = false;
        forget();
      } else {
        if (actionAnswer.stale) stopped.current = true;
        setStatus({ kind: actionAnswer.stale ? "stale" : "failed", text: `Not saved: ${actionAnswer.problem}. Your text is kept in this browser.` });
      }
    },
    [forget, savedText],
  );

  // Text typed here before and never saved is put back, unless it is plainly older than the saved copy.
  useEffect(() => {
    const form = formRef.current;
    if (!form || readOnly) return;
    let stored: Stored | null = null;
    try {
      const raw = window.localStorage.getItem(storageKey);
      stored = raw ? (JSON.parse(raw) as Stored) : null;
    } catch {
      stored = null;
    }
    if (!stored) return;
    const same = Object.keys({ ...savedValues, ...stored.values }).every((k) => (stored!.values[k] ?? "") === (savedValues[k] ?? ""));
    const older = stored.revision < savedRevision && savedAt !== null && Date.parse(stored.at) < Date.parse(savedAt) - 60_000;
    if (same || older) {
      forget();
      return;
    }
    restoreInto(form, stored.values);
    onRestore?.(stored.values);
    revisionRef.current = stored.revision;
    setRevision(stored.revision);
    dirty.current = true;
    setRestored(
      `We have put back text you typed in this browser at ${formatUkClock(stored.at)} that had not been saved. It will be saved in a few seconds.`,
    );
    timer.current = setTimeout(() => saveNow(), 1500);
    // Only on first load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** When the form was last saved from this page ("Last saved" on a page loaded earlier says less). */
  return { revision, status, restored, savedAtText, ready, answer, onChange, onBlur, onSubmit, settle };
}

/** A lost connection during an autosave is an answer on the page, not an error page. */
export async function autosaveClientAction({ request, serverAction }: ClientActionFunctionArgs) {
  if (!new URL(request.url).searchParams.has("autosave")) return serverAction();
  try {
    return await serverAction();
  } catch (error) {
    if (error instanceof Response) throw error;
    return { saved: false, problem: "the connection to the server was lost" } satisfies AutosaveAnswer;
  }
}

/** An autosave changes nothing the page shows from its loader, so the loader is not asked again. */
export const autosaveShouldRevalidate: ShouldRevalidateFunction = ({ formAction, defaultShouldRevalidate }) =>
  formAction?.includes("autosave") ? false : defaultShouldRevalidate;
