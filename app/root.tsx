// The page shell: NHS.UK header with the service name and the signed-in role's navigation, footer,
// skip link, and the error pages (403, 404, 500) that reveal nothing internal.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import nhsukStyles from "nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css";
import appStyles from "~/styles/app.css";
import { useNonce } from "~/components/nonce";
import { HeaderNavigation } from "~/components/nhsuk/header-navigation";
import { navigationFor, type SessionUser } from "~/domain/permissions";
import { SERVICE_NAME } from "~/domain/vocabulary";
import { getSessionUser } from "~/request/auth.server";
import { env } from "~/platform/env.server";

export { SERVICE_NAME };

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: nhsukStyles },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/assets/images/favicon.ico", sizes: "48x48" },
];

export const meta: MetaFunction = () => [{ title: SERVICE_NAME }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  return {
    user: user ? { name: user.name, roles: user.roles } : null,
    demo: env().DEMO_DATA,
  };
}

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

function Header({ user }: { user: Pick<SessionUser, "name" | "roles"> | null }) {
  const location = useLocation();
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
          current: item.href === "/" ? location.pathname === "/" : location.pathname.startsWith(item.href),
        }))}
      />
    </header>
  );
}

function Footer() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/">
                About the award
              </a>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/privacy">
                Privacy notice
              </a>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/accessibility">
                Accessibility statement
              </a>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="https://www.socialpartnershipforum.org/">
                NHS Social Partnership Forum
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">
            Run by the NHS Social Partnership Forum secretariat for the HPMA award for partnership working between
            NHS employers and trade unions.
          </p>
        </div>
      </div>
    </footer>
  );
}

function Document({ children, user }: { children: React.ReactNode; user: Pick<SessionUser, "name" | "roles"> | null }) {
  const nonce = useNonce();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="nhsuk-skip-link" href="#main-content">
          Skip to main content
        </a>
        <Header user={user} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
        <Footer />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <Document user={user}>
      <Outlet />
    </Document>
  );
}

const ERROR_PAGES: Record<number, { title: string; body: string }> = {
  403: {
    title: "You do not have permission to see this page",
    body: "Your account cannot open this page. If you think it should, contact the SPF secretariat.",
  },
  404: {
    title: "Page not found",
    body: "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.",
  },
  405: { title: "This page cannot do that", body: "Go back to the page you came from and try again." },
  413: { title: "What you sent is too large", body: "Shorten what you entered and try again." },
};

export function ErrorBoundary() {
  const error = useRouteError();
  const rootData = useRouteLoaderData<typeof loader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const page = ERROR_PAGES[status] ?? {
    title: "Sorry, there is a problem with the service",
    body: "Try again later. What you entered has not been lost if you saved it before this happened.",
  };
  return (
    <Document user={rootData?.user ?? null}>
      <title>{`${page.title} - ${SERVICE_NAME}`}</title>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{page.title}</h1>
          <p>{page.body}</p>
          <p>
            <a href="/">Go to the home page</a>
          </p>
        </div>
      </div>
    </Document>
  );
}
