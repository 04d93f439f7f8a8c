// A tiny SMTP server on node:net for the outbox's tests: it takes messages (and keeps them), or is
// down (nothing listens on its port: connections are refused), or hangs (it accepts a connection and
// never greets, like a mail server that has stopped answering).
import net from "node:net";

export type ReceivedMail = { to: string[]; subject: string; data: string };
export type SmtpMode = "accept" | "down" | "hang";

export type TestSmtp = {
  url: string;
  received: ReceivedMail[];
  /** Changes how new connections are treated; "down" closes the listening socket. */
  set: (mode: SmtpMode) => Promise<void>;
  close: () => Promise<void>;
};

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function headerOf(data: string, name: string): string {
  const head = data.split(/\r\n\r\n/)[0].replace(/\r\n[ \t]+/g, " ");
  return head.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1]?.trim() ?? "";
}

export async function startTestSmtp(mode: SmtpMode = "accept"): Promise<TestSmtp> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  let current: SmtpMode = mode;
  let server: net.Server | null = null;

  const converse = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    if (current === "hang") return;
    socket.write("220 test-smtp ready\r\n");
    let buffer = "";
    let inData = false;
    let to: string[] = [];
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          const data = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push({ to, subject: headerOf(data, "Subject"), data });
          to = [];
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test-smtp\r\n");
        else if (verb === "MAIL") socket.write("250 2.1.0 ok\r\n");
        else if (verb === "RCPT") {
          to.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, "$1"));
          socket.write("250 2.1.5 ok\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") {
          socket.end("221 2.0.0 bye\r\n");
          return;
        } else if (verb === "RSET" || verb === "NOOP") socket.write("250 ok\r\n");
        else socket.write("502 5.5.2 not implemented\r\n");
      }
    });
  };

  const listen = async () => {
    if (server) return;
    server = net.createServer(converse);
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
  };
  const stopListening = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  const set = async (next: SmtpMode) => {
    current = next;
    if (next === "down") await stopListening();
    else await listen();
  };
  await set(mode);
  return { url: `smtp://127.0.0.1:${port}`, received, set, close: stopListening };
}
