// NHS.UK's password input with its Show/Hide button, written for React (decision 028): nhsuk-frontend's
// own script changes the input's type and inserts a status element, which React's re-renders would undo
// or trip over. Same markup and classes as the kit; the button appears only once the page's script runs.
import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";

export function PasswordInput({ id, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { id: string }) {
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState(false);
  // Empty until the first press, so nothing is announced when the page loads.
  const [status, setStatus] = useState("");
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setReady(true);
    // A password is never sent or kept in view: it is hidden again when its form is sent, and when the
    // page comes back from the browser's back-forward cache.
    const hide = () => setShown(false);
    const form = ref.current?.form;
    form?.addEventListener("submit", hide);
    const onPageShow = (event: PageTransitionEvent) => event.persisted && hide();
    window.addEventListener("pageshow", onPageShow);
    return () => {
      form?.removeEventListener("submit", hide);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, []);

  const toggle = () => {
    setShown(!shown);
    setStatus(shown ? "Your password is hidden" : "Your password is visible");
  };

  return (
    <div className="nhsuk-input-wrapper">
      <input
        {...input}
        ref={ref}
        id={id}
        className={`${input.className ?? "nhsuk-input"} nhsuk-password-input__input nhsuk-js-password-input-input`}
        type={shown ? "text" : "password"}
        spellCheck={false}
        autoCapitalize="none"
      />
      <div className="nhsuk-password-input__sr-status nhsuk-u-visually-hidden" aria-live="polite">
        {status}
      </div>
      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-password-input__toggle nhsuk-js-password-input-toggle"
        type="button"
        aria-label={shown ? "Hide password" : "Show password"}
        aria-controls={id}
        hidden={!ready}
        onClick={toggle}
      >
        {shown ? "Hide" : "Show"}
      </button>
    </div>
  );
}
