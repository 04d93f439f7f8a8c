// What every e-mail needs from the platform: the `Mail` type and the service's absolute addresses for
// links. Nothing here sends: every message is queued by a model verb in the transaction of the change
// that causes it (queueMail, app/models/outbox.server.ts) and delivered by the outbox (decision 017).
import { env } from "./env.server";
import type { Mail } from "./mail-transport.server";

export type { Mail };

export function absoluteUrl(pathname: string): string {
  return `${env().APP_ORIGIN}${pathname}`;
}
