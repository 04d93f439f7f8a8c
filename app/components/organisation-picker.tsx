// The organisation picker: choosing one organisation from the national register, wherever a form asks
// for one. Without JavaScript it is a search box that asks the page again (a GET form of its own, so
// nothing else on the page is sent) and a radio for each match; with JavaScript the same box becomes
// a combobox that searches as you type (/organisations/search) and the choice goes in a hidden field.
// The server checks the chosen id against the register either way (app/request/organisation-picker.server.ts).
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { OGL_ATTRIBUTION } from "~/domain/national-register";

export type PickerChoice = { id: number; name: string; detail: string; closedOn: string | null; closedNote: string | null };
/** A choice outside the register, such as "My organisation is not listed". */
export type PickerExtra = { value: string; label: string; hint?: string };

type Props = {
  /** The form field that carries the chosen id. */
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** The id of the page's <OrganisationSearchForm>, which carries the search without JavaScript. */
  searchFormId: string;
  /** The search this page was asked for (?<name>Search=) and its matches, for use without JavaScript. */
  query: string;
  matches: PickerChoice[];
  /** The value chosen before, and (from JavaScript) its name, kept when the form comes back with errors. */
  defaultValue?: string;
  defaultLabel?: string;
  /** Closed organisations can be chosen (a conflict) or are shown but cannot (registering). */
  allowClosed: boolean;
  /** Why a closed organisation cannot be chosen here, where it cannot. */
  closedReason?: string;
  extras?: PickerExtra[];
};

const CLOSED_REASON = "a closed organisation cannot be chosen here";

function optionHint(choice: PickerChoice, allowClosed: boolean, closedReason = CLOSED_REASON): string {
  if (!choice.closedOn) return choice.detail;
  const closed = capitalise(choice.closedNote ?? "closed");
  return allowClosed ? `${choice.detail ? `${choice.detail}. ` : ""}${closed}` : `${closed}: ${closedReason}`;
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The empty GET form the picker's search box and button belong to; put it outside the page's main form. */
export function OrganisationSearchForm({ id, keep = {} }: { id: string; keep?: Record<string, string> }) {
  return (
    <form id={id} method="get">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </form>
  );
}

/** The register's attribution, shown wherever the register is. */
export function RegisterAttribution() {
  return <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">The register of NHS trusts: {OGL_ATTRIBUTION}</p>;
}

export function OrganisationPicker(props: Props) {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return enhanced ? <Combobox {...props} /> : <SearchAndRadios {...props} />;
}

function describedBy(name: string, hint: unknown, error: unknown) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <div className="nhsuk-hint" id={`${name}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message" id={`${name}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
    </>
  );
}

/** Without JavaScript: search the register, then choose one of the matches. */
function SearchAndRadios({ name, label, hint, error, searchFormId, query, matches, defaultValue, allowClosed, closedReason, extras = [] }: Props) {
  const searched = query.trim() !== "";
  // Where closed organisations cannot be chosen they are listed apart, with the reason, not as radios.
  const choosable = allowClosed ? matches : matches.filter((m) => !m.closedOn);
  const closed = allowClosed ? [] : matches.filter((m) => m.closedOn);
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        <div className="app-organisation-picker__search">
          <label className="nhsuk-label" htmlFor={name}>
            Search by name, ODS code or town
          </label>
          <input
            className={`nhsuk-input nhsuk-input--width-20${error ? " nhsuk-input--error" : ""}`}
            id={name}
            name={`${name}Search`}
            form={searchFormId}
            type="search"
            defaultValue={query}
            autoComplete="off"
            spellCheck={false}
          />{" "}
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" form={searchFormId}>
            Search<span className="nhsuk-u-visually-hidden"> the register</span>
          </button>
        </div>
        {searched ? (
          matches.length > 0 ? (
            <p className="nhsuk-u-margin-top-3">
              {matches.length === 1 ? "1 organisation matches" : `${matches.length} organisations match`} “{query}”. Choose one:
            </p>
          ) : (
            <p className="nhsuk-u-margin-top-3">No organisation in the register matches “{query}”. Try another name, its initials or its ODS code.</p>
          )
        ) : null}
        {choosable.length > 0 || extras.length > 0 ? (
          <div className="nhsuk-radios">
            {choosable.map((m) => {
              const id = `${name}-${m.id}`;
              const itemHint = optionHint(m, allowClosed, closedReason);
              return (
                <div className="nhsuk-radios__item" key={m.id}>
                  <input
                    className="nhsuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={String(m.id)}
                    defaultChecked={defaultValue === String(m.id)}
                    aria-describedby={itemHint ? `${id}-item-hint` : undefined}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                    {m.name}
                  </label>
                  {itemHint ? (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-item-hint`}>
                      {itemHint}
                    </div>
                  ) : null}
                </div>
              );
            })}
            {extras.map((x) => {
              const id = `${name}-${x.value}`;
              return (
                <div className="nhsuk-radios__item" key={x.value}>
                  <input
                    className="nhsuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={x.value}
                    defaultChecked={defaultValue === x.value}
                    aria-describedby={x.hint ? `${id}-item-hint` : undefined}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                    {x.label}
                  </label>
                  {x.hint ? (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-item-hint`}>
                      {x.hint}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        ) : null}
        {closed.length > 0 ? (
          <>
            <p className="nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-2">These match but have closed, so they cannot be chosen:</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {closed.map((m) => (
                <li key={m.id}>
                  {m.name}: {optionHint(m, false, closedReason)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </fieldset>
    </div>
  );
}

type Option = { key: string; value: string; label: string; hint: string; disabled: boolean };

function toOptions(results: PickerChoice[], extras: PickerExtra[], allowClosed: boolean, closedReason?: string): Option[] {
  return [
    ...results.map((r) => ({ key: String(r.id), value: String(r.id), label: r.name, hint: optionHint(r, allowClosed, closedReason), disabled: Boolean(r.closedOn) && !allowClosed })),
    ...extras.map((x) => ({ key: x.value, value: x.value, label: x.label, hint: x.hint ?? "", disabled: false })),
  ];
}

/** With JavaScript: an accessible combobox (ARIA 1.2 pattern) that searches the register as you type. */
function Combobox({ name, label, hint, error, searchFormId, query, matches, defaultValue, defaultLabel, allowClosed, closedReason, extras = [] }: Props) {
  const listId = `${name}-listbox`;
  const statusId = useId();
  const initial = defaultValue ? (matches.find((m) => String(m.id) === defaultValue)?.name ?? extras.find((x) => x.value === defaultValue)?.label ?? defaultLabel ?? "") : "";
  const [text, setText] = useState(initial || query);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(defaultValue && initial ? { value: defaultValue, label: initial } : null);
  const [results, setResults] = useState<PickerChoice[]>(matches);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const options = toOptions(results, extras, allowClosed, closedReason);

  useEffect(() => () => {
    request.current?.abort();
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const search = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    request.current?.abort();
    if (!q.trim()) {
      setResults([]);
      setStatus("");
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/organisations/search?${new URLSearchParams({ q })}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: PickerChoice[] };
        setResults(body.results);
        setActive(-1);
        setOpen(true);
        setStatus(body.results.length === 0 ? "No organisations match" : body.results.length === 1 ? "1 organisation matches" : `${body.results.length} organisations match`);
      } catch (e) {
        if ((e as Error).name !== "AbortError") setStatus("The search is not working at the moment. Try again.");
      }
    }, 150);
  };

  const choose = (option: Option) => {
    if (option.disabled) return;
    setChosen({ value: option.value, label: option.label });
    setText(option.label);
    setOpen(false);
    setActive(-1);
    setStatus(`${option.label} chosen`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      // Enter chooses the highlighted organisation; it never sends the search form or the page's form.
      event.preventDefault();
      if (open && active >= 0 && options[active]) choose(options[active]);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  const activeId = open && active >= 0 && options[active] ? `${name}-option-${options[active].key}` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={name}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <div className="app-organisation-picker">
        <input
          className={`nhsuk-input${error ? " nhsuk-input--error" : ""}`}
          id={name}
          form={searchFormId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={describedBy(name, hint, error)}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (chosen && e.target.value !== chosen.label) setChosen(null);
            setOpen(true);
            search(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul className="app-organisation-picker__listbox" id={listId} role="listbox" aria-label={`${label}: matches`} hidden={!open || options.length === 0}>
          {options.map((o, i) => (
            <li
              key={o.key}
              id={`${name}-option-${o.key}`}
              role="option"
              aria-selected={chosen?.value === o.value}
              aria-disabled={o.disabled || undefined}
              className={`app-organisation-picker__option${i === active ? " app-organisation-picker__option--active" : ""}${o.disabled ? " app-organisation-picker__option--disabled" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              {o.label}
              {o.hint ? <span className="app-organisation-picker__hint">{o.hint}</span> : null}
            </li>
          ))}
        </ul>
        <div id={statusId} className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
          {status}
        </div>
      </div>
      <input type="hidden" name={name} value={chosen?.value ?? ""} />
      <input type="hidden" name={`${name}Label`} value={chosen?.label ?? ""} />
      {chosen ? <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">Chosen: {chosen.label}</p> : null}
    </div>
  );
}
