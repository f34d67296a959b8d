// Imports a claimdesk.claims JSON file (an export of GET /api/v1/export?format=json)
// into a team, all or nothing:
//   npm run import-json -- --file export.json --team TEAM_ID [--allow-duplicates]
// It uses DATABASE_URL like the app (with the embedded database, while `npm start` runs:
// DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:54329/postgres).
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { localizeMessage } from "@/lib/i18n/messages";
import { importExportFile } from "@/lib/services/json-import";
import { exportFileSchema } from "@/lib/validation/export";
import { parseInput } from "@/lib/validation/parse";

const USAGE = "Usage: npm run import-json -- --file FILE --team TEAM_ID [--allow-duplicates]";

let team = "";

async function main() {
  const { values } = parseArgs({
    options: { file: { type: "string" }, team: { type: "string" }, "allow-duplicates": { type: "boolean", default: false } },
  });
  if (!values.file || !values.team) throw new Error(USAGE);
  team = values.team;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(values.file, "utf8"));
  } catch (error) {
    throw new Error(`${values.file} is not readable JSON: ${error instanceof Error ? error.message : error}`);
  }
  const file = parseInput(exportFileSchema, raw);
  const started = Date.now();
  const summary = await importExportFile(values.team, { userId: null, label: "import-json script" }, file, {
    allowDuplicates: values["allow-duplicates"],
    timeoutMs: 10 * 60_000,
  });
  console.log(
    `[import-json] ${summary.articles} article(s), ${summary.groups} proposition(s), ${summary.claims} claim(s), ` +
      `${summary.evidence} evidence, ${summary.contradictions} contradiction(s) imported in ${Date.now() - started} ms.`,
  );
  if (summary.reviewersNotFound > 0) {
    console.log(`[import-json] ${summary.reviewersNotFound} verdict(s) keep their date but no reviewer: no member of the team matches.`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    if (error instanceof ValidationError) {
      console.error(`[import-json] The file is not valid: ${error.message}`);
    } else if (error instanceof NotFoundError) {
      console.error(`[import-json] No team with id ${team}.`);
    } else if (error instanceof ConflictError) {
      const titles = (error.details?.existingArticles as Array<{ title: string }> | undefined)?.map((a) => `  - ${a.title}`).join("\n");
      console.error(`[import-json] The team already has ${titles ? `these articles:\n${titles}` : "some of these articles."}\nRun again with --allow-duplicates to import copies.`);
    } else if (error instanceof AppError) {
      console.error(`[import-json] ${localizeMessage("en", error.message)}`);
    } else {
      console.error(`[import-json] ${error instanceof Error ? error.message : error}`);
    }
    process.exit(1);
  },
);
