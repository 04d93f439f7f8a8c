// The NHS.UK header: the service name, the account links and the navigation of the signed-in role.
// Rendered by the page shell (app/root.tsx) and, alone, by the server for a signed-in copy of a
// public page (server/signed-in-page.ts), so both must come from here.
import { HeaderNavigation } from "~/components/nhsuk/header-navigation";
import { navigationFor, type SessionUser } from "~/domain/permissions";
import { SERVICE_NAME } from "~/domain/vocabulary";

/**
 * Signing out forgets the copies of unsaved nomination text and score sheets kept in this browser, so the next
 * person at a shared computer cannot read them.
 */
function forgetBrowserCopies() {
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith("hpma:")) window.localStorage.removeItem(key);
  } catch {
    // Storage may be unavailable (private windows, policies): nothing was kept there then.
  }
}

/** The header for this user (null: signed out) on the page at this path. */
export function SiteHeader({ user, pathname }: { user: Pick<SessionUser, "name" | "roles"> | null; pathname: string }) {
  const items = user ? navigationFor(user.roles) : [];
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-logo" href="/" aria-label={`NHS ${SERVICE_NAME} homepage`}>
            <svg
              className="nhsuk-header__logo"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 200 80"
              height="40"
              width="100"
              focusable="false"
              role="img"
              aria-label="NHS"
            >
              <title>NHS</title>
              <path
                fill="currentcolor"
                d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
              />
            </svg>
            <span className="nhsuk-header__service-name">{SERVICE_NAME}</span>
          </a>
        </div>
        <nav className="nhsuk-header__account" aria-label="Account">
          <ul className="nhsuk-header__account-list">
            {user ? (
              <>
                <li className="nhsuk-header__account-item">
                  <a className="nhsuk-header__account-link" href="/account">
                    {user.name}
                  </a>
                </li>
                <li className="nhsuk-header__account-item">
                  <form className="nhsuk-header__account-form" action="/logout" method="post" onSubmit={forgetBrowserCopies}>
                    <button className="nhsuk-header__account-button" type="submit">
                      Sign out
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li className="nhsuk-header__account-item">
                <a className="nhsuk-header__account-link" href="/login">
                  Sign in
                </a>
              </li>
            )}
          </ul>
        </nav>
      </div>
      <HeaderNavigation
        items={[{ href: "/", label: "Home" }, { href: "/winners", label: "Past winners" }, ...items].map((item) => ({
          ...item,
          current: item.href === "/" ? pathname === "/" : pathname.startsWith(item.href),
        }))}
      />
    </header>
  );
}
