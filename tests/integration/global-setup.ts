import { assertLocalDatabase } from "../../scripts/lib/local-db.mjs";

export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Integration tests need DATABASE_URL: run them through `npm test`.");
  assertLocalDatabase(url);
}
