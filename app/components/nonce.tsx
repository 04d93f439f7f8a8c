// The Content-Security-Policy nonce of the response being rendered, for the few elements that need it
// (Remix's <Scripts> and <ScrollRestoration>). The server makes a fresh one per response (server/http.ts);
// in the browser, after hydration, it is empty, as the scripts it guarded have already run.
import { createContext, useContext } from "react";

const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
