import { createHash, randomBytes } from "node:crypto";

// API tokens and invitation links are 256-bit random secrets; only their SHA-256 is
// stored. A fast hash is enough for secrets this long (no dictionary to try), and it
// lets the lookup be an indexed equality on the hash.

export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function sha256Hex(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}
