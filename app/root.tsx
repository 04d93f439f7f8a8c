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
import { SiteHeader } from "~/components/site-header";
import type { SessionUser } from "~/domain/permissions";
import { SERVICE_NAME } from "~/domain/vocabulary";
import { getSessionUser } from "~/request/auth.server";
import { env } from "~/platform/env.server";

export { SERVICE_NAME };

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: nhsukStyles },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/assets/images/favicon.ico", sizes: "48x48" },
];

// An error page's title is set here, from the error, as Remix calls the boundary's route's meta with it.
export const meta: MetaFunction = ({ error }) => [{ title: error === undefined ? SERVICE_NAME : `${errorPage(error).title} - ${SERVICE_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  return {
    user: user ? { name: user.name, roles: user.roles } : null,
    demo: env().DEMO_DATA,
  };
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
  const location = useLocation();
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
        <SiteHeader user={user} pathname={location.pathname} />
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

function errorPage(error: unknown): { title: string; body: string } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    ERROR_PAGES[status] ?? {
      title: "Sorry, there is a problem with the service",
      body: "Try again later. What you entered has not been lost if you saved it before this happened.",
    }
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const rootData = useRouteLoaderData<typeof loader>("root");
  const page = errorPage(error);
  return (
    <Document user={rootData?.user ?? null}>
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
