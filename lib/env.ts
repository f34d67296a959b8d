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
