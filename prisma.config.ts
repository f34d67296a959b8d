import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter.ts";

// With a config file Prisma skips .env; load it here (variables already set win).
try {
  process.loadEnvFile();
} catch {
  // no .env: DATABASE_URL must come from the environment
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run through `npm start` / `npm test`, or export it.");
    return createMigrationAdapter(url);
  },
});
