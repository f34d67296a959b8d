import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  // Pool size per app process; stays below the embedded server's connection cap.
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(8),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  CLAIMDESK_EMBEDDED_DB: z.enum(["0", "1"]).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Read once, validated: a bad variable fails loudly at first use, not deep in a query. */
export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

// An empty variable (e.g. `SMTP_URL=` in a compose file) means unset, not an invalid URL.
const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const smtpSchema = z.object({
  SMTP_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional()),
  SMTP_FROM: z.preprocess(blankAsUnset, z.string().trim().min(3).default("Claimdesk <no-reply@localhost>")),
});

export type SmtpConfig = { url: string | undefined; from: string };

/**
 * Parsed at each call, not cached with env(): the page and the invitation service see the
 * current value, and tests can point SMTP at a server they start.
 */
export function smtpConfig(source: Record<string, string | undefined> = process.env): SmtpConfig {
  const parsed = smtpSchema.parse({ SMTP_URL: source.SMTP_URL, SMTP_FROM: source.SMTP_FROM });
  return { url: parsed.SMTP_URL, from: parsed.SMTP_FROM };
}
