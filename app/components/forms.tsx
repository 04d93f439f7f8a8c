// NHS.UK form components: the error summary, and fields that show their error and keep the typed value.
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { PasswordInput } from "./nhsuk/password-input";
import type { Notice } from "~/domain/notice";

export type FieldErrors = Partial<Record<string, string>>;
export type FormValues = Partial<Record<string, string>>;

/** The NHS error-summary pattern: a focused list of every problem, each linking to its field. */
export function ErrorSummary({ errors, order }: { errors?: FieldErrors; order?: string[] }) {
  const entries = Object.entries(errors ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  if (order) entries.sort(([a], [b]) => rank(order, a) - rank(order, b));
  return <ErrorSummaryBox items={entries.map(([field, message]) => ({ href: field === "form" ? "#main-content" : `#${field}`, message }))} />;
}

/**
 * Where an error summary's link goes, with JavaScript, as nhsuk-frontend's error summary does it: the
 * expanders around the field open, the field's question (its fieldset's legend) scrolls into view
 * and the field takes the focus. Following the link as a change of the address's #fragment instead
 * would be a navigation to the router, which forgets the action's errors and so closes an expander
 * the page opened for them (without JavaScript, the link is followed and the field is focused).
 */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const href = event.currentTarget.getAttribute("href") ?? "";
  const field = href.startsWith("#") ? document.getElementById(href.slice(1)) : null;
  if (!field || href === "#main-content") return;
  event.preventDefault();
  for (let details = field.closest("details"); details; details = details.parentElement?.closest("details") ?? null) details.open = true;
  (field.closest("fieldset")?.querySelector("legend") ?? field.closest(".nhsuk-form-group") ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * The error summary itself, for any list of problems: it takes the focus when it appears (so screen
 * readers announce it), and a long list can end with how many more there are.
 */
export function ErrorSummaryBox({ items, intro, more = 0 }: { items: { href: string; message: string }[]; intro?: ReactNode; more?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = items.map((i) => `${i.href}:${i.message}`).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (items.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        {intro ? <p>{intro}</p> : null}
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {items.map((item, i) => (
            <li key={i}>
              <a href={item.href} onClick={focusField}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
        {more > 0 ? <p>and {more} more</p> : null}
      </div>
    </div>
  );
}

function rank(order: string[], field: string) {
  const i = order.indexOf(field);
  return i === -1 ? order.length : i;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
};

function ErrorMessage({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {error}
    </span>
  );
}

function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A field's hint and error message, with the ids its control's aria-describedby points at. */
function HintAndError({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <div className="nhsuk-hint" id={`${name}-hint`}>
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={name} error={error} />
    </>
  );
}

/** The NHS form group around one control: label, hint and error message, tied to it by id. */
function FieldShell({ name, label, hint, error, children }: Omit<FieldProps, "defaultValue"> & { children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

/**
 * The NHS form group around several controls under one legend (radios, a date's day, month and
 * year): legend, hint and error message, tied to the fieldset by id.
 */
export function FieldsetShell({
  name,
  legend,
  hint,
  error,
  group = false,
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** role="group", for inputs that together make one answer, such as the parts of a date. */
  group?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" role={group ? "group" : undefined} aria-describedby={describedBy(name, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/** The attributes that tie a control to its hint and error. */
function controlProps({ name, hint, error }: Pick<FieldProps, "name" | "hint" | "error">) {
  return { id: name, name, "aria-describedby": describedBy(name, hint, error), "aria-invalid": error ? true : undefined };
}

export function TextInput({
  type = "text",
  autoComplete,
  width,
  spellCheck,
  ...field
}: FieldProps & {
  type?: "text" | "email" | "password" | "search" | "url";
  autoComplete?: string;
  width?: 10 | 20 | 30;
  spellCheck?: boolean;
}) {
  const className = `nhsuk-input${width ? ` nhsuk-input--width-${width}` : ""}${field.error ? " nhsuk-input--error" : ""}`;
  if (type === "password") {
    // A password is never sent back to the page; it can be shown while typed (Show/Hide).
    return (
      <FieldShell {...field}>
        <PasswordInput className={className} {...controlProps(field)} autoComplete={autoComplete} />
      </FieldShell>
    );
  }
  return (
    <FieldShell {...field}>
      <input
        className={className}
        {...controlProps(field)}
        type={type}
        defaultValue={field.defaultValue}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
      />
    </FieldShell>
  );
}

export function Textarea({ rows = 5, ...field }: FieldProps & { rows?: number }) {
  return (
    <FieldShell {...field}>
      <textarea
        className={`nhsuk-textarea${field.error ? " nhsuk-textarea--error" : ""}`}
        {...controlProps(field)}
        rows={rows}
        defaultValue={field.defaultValue}
      />
    </FieldShell>
  );
}

export function Select({
  options,
  placeholder,
  ...field
}: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FieldShell {...field}>
      <select
        className={`nhsuk-select${field.error ? " nhsuk-select--error" : ""}`}
        {...controlProps(field)}
        defaultValue={field.defaultValue ?? ""}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

type ChoiceOption = { value: string; label: string; hint?: string };

/** The NHS radios or checkboxes under one legend: each option with its label and, if any, its hint. */
function Choices({
  kind,
  name,
  legend,
  hint,
  error,
  options,
  isChecked,
}: {
  kind: "radios" | "checkboxes";
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  isChecked: (value: string) => boolean;
}) {
  return (
    <FieldsetShell name={name} legend={legend} hint={hint} error={error}>
      <div className={`nhsuk-${kind}`}>
        {options.map((o, i) => {
          const id = i === 0 ? name : `${name}-${o.value}`;
          return (
            <div className={`nhsuk-${kind}__item`} key={o.value}>
              <input
                className={`nhsuk-${kind}__input`}
                id={id}
                name={name}
                type={kind === "radios" ? "radio" : "checkbox"}
                value={o.value}
                defaultChecked={isChecked(o.value)}
                aria-describedby={o.hint ? `${id}-item-hint` : undefined}
              />
              <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={id}>
                {o.label}
              </label>
              {o.hint ? (
                <div className={`nhsuk-hint nhsuk-${kind}__hint`} id={`${id}-item-hint`}>
                  {o.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}

export function Radios({ defaultValue, ...field }: { name: string; legend: string; hint?: ReactNode; error?: string; defaultValue?: string; options: ChoiceOption[] }) {
  return <Choices kind="radios" {...field} isChecked={(value) => value === defaultValue} />;
}

export function Checkboxes({ checked, ...field }: { name: string; legend: string; hint?: ReactNode; error?: string; checked: ReadonlySet<string>; options: ChoiceOption[] }) {
  return <Choices kind="checkboxes" {...field} isChecked={(value) => checked.has(value)} />;
}

export function Button({
  children,
  variant,
  name,
  value,
  type = "submit",
}: {
  children: ReactNode;
  variant?: "secondary" | "warning" | "reverse";
  name?: string;
  value?: string;
  type?: "submit" | "button";
}) {
  return (
    <button
      className={`nhsuk-button${variant ? ` nhsuk-button--${variant}` : ""}`}
      data-module="nhsuk-button"
      type={type}
      name={name}
      value={value}
    >
      {children}
    </button>
  );
}

/** A green confirmation panel, for messages after a successful action. */
export function SuccessBanner({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <NotificationBanner title={title} success>
      {children}
    </NotificationBanner>
  );
}

export type { Notice };

/** The banner of a page's notice (app/request/notices.server.ts): green, or plain when nothing was changed; `children` after its lines. */
export function NoticeSuccessBanner({ notice, children }: { notice: Notice; children?: ReactNode }) {
  return (
    <NotificationBanner title={notice.title} success={!notice.plain}>
      {notice.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      {notice.link ? (
        <p>
          <a href={notice.link.href}>{notice.link.text}</a>
        </p>
      ) : null}
      {children}
    </NotificationBanner>
  );
}

/** The NHS notification banner: green and announced for a success, plain for "Nothing was changed" and the like. */
export function NotificationBanner({ title, success = false, children }: { title: string; success?: boolean; children?: ReactNode }) {
  const id = success ? "success-banner-title" : "notice-banner-title";
  return (
    <div
      className={`nhsuk-notification-banner${success ? " nhsuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby={id}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={id}>
          {success ? "Success" : "Important"}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{title}</p>
        {children}
      </div>
    </div>
  );
}

/** The link every form that collects personal data carries, to the privacy notice. */
export function PrivacyNoticeLink({ children = "how we use your personal data" }: { children?: ReactNode }) {
  return (
    <p>
      Read our <a href="/privacy">privacy notice</a> to find out {children}.
    </p>
  );
}
