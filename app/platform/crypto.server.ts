// Random tokens, their hashes at rest, and password hashing (scrypt: docs/decisions/004-passwords.md).
import crypto from "node:crypto";
import { promisify } from "node:util";
import { env } from "./env.server";

const scrypt = promisify(crypto.scrypt) as (
  password: string | Buffer,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** A URL-safe random token with 256 bits of entropy, for cookies and one-time links. */
export function generateToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/**
 * What we store in place of a token: HMAC-SHA256 keyed by SESSION_SECRET. A copy of the database
 * alone can neither be replayed as cookies nor turned back into links.
 */
export function hashToken(token: string): string {
  return crypto.createHmac("sha256", env().SESSION_SECRET).update(token).digest("hex");
}

/**
 * A short digest of stored values, for an edit form to carry what it was opened at: a save whose
 * digest no longer matches what is stored would undo someone else's change.
 */
export function fingerprint(value: unknown): string {
  return crypto.createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize("NFC"), salt, SCRYPT.keylen, {
    N: SCRYPT.N,
    r: SCRYPT.r,
    p: SCRYPT.p,
    maxmem: 64 * 1024 * 1024,
  });
  return ["scrypt", SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const [scheme, n, r, p, saltB64, keyB64] = stored.split("$");
  if (scheme !== "scrypt" || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, "base64");
  const key = await scrypt(password.normalize("NFC"), Buffer.from(saltB64, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return crypto.timingSafeEqual(key, expected);
}

/** Spends the time a real check would, so a wrong e-mail answers as slowly as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function verifyPasswordAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-at-all");
  await verifyPassword(password, await dummyHash);
}
