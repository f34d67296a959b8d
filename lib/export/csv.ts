import { stringify } from "csv-stringify/sync";
import { slices } from "./stream";
import { isoDayOrTime, type ExportEvidence, type ExportRow } from "./types";

/**
 * One line per statement (a proposition stated by three articles gives three lines that
 * share group_id and the verdict columns): the flat shape spreadsheets filter and sort.
 * Multi-valued cells (evidence, contradicts) hold one entry per line.
 */
export const CSV_COLUMNS = [
  "group_id",
  "claim_id",
  "article_id",
  "status",
  "claim",
  "sentence",
  "outlet",
  "url",
  "published_at",
  "article_title",
  "rationale",
  "evidence",
  "contradicts",
  "reviewer",
  "decided_at",
] as const;

export type CsvOptions = {
  /** Adds a UTF-8 byte-order mark: without it Excel reads the file as Windows-1252 and mangles accents. */
  excel: boolean;
  /** French Excel splits columns on ";" (the comma is its decimal separator). */
  delimiter: "," | ";";
};

export const CSV_BOM = "\uFEFF";

export const stringifyOptions = (options: CsvOptions) => ({
  delimiter: options.delimiter,
  // RFC 4180: CRLF between records; fields with the delimiter, a quote, CR or LF are quoted.
  record_delimiter: "windows" as const,
  // Needed with an explicit record_delimiter, or a cell holding "\n" goes out unquoted.
  quote_record_delimiter: true,
  // Cells starting with = + - @ tab or CR get a leading ' so spreadsheets never run them.
  escape_formulas: true,
});

export function evidenceLine(evidence: ExportEvidence): string {
  const parts = evidence.kind === "claim" && evidence.linkedClaimId ? [`claim ${evidence.linkedClaimId}`] : [];
  parts.push(...[evidence.url, evidence.title, evidence.outlet, evidence.note].filter((part): part is string => Boolean(part)));
  return `[${evidence.stance}] ${parts.join(" — ")}`;
}

export function csvRecords(row: ExportRow): string[][] {
  const shared = {
    rationale: row.rationale ?? "",
    evidence: row.evidence.map(evidenceLine).join("\n"),
    contradicts: row.contradicts.map((other) => `${other.groupId}: ${other.text}`).join("\n"),
    reviewer: row.reviewer?.name ?? "",
    decidedAt: row.decidedAt?.toISOString() ?? "",
  };
  return row.sources.map((source) => [
    row.groupId,
    source.claimId,
    source.articleId,
    row.status,
    source.text,
    source.sentence,
    source.outlet ?? "",
    source.url ?? "",
    isoDayOrTime(source.publishedAt) ?? "",
    source.title,
    shared.rationale,
    shared.evidence,
    shared.contradicts,
    shared.reviewer,
    shared.decidedAt,
  ]);
}

export function csvHeader(options: CsvOptions): string {
  return (options.excel ? CSV_BOM : "") + stringify([[...CSV_COLUMNS]], stringifyOptions(options));
}

// Cells starting with these get a leading ' (csv-stringify's escape_formulas list,
// fullwidth variants included: Apple Numbers normalises them).
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
const NEEDS_QUOTES = { ",": /[",\r\n]/, ";": /[";\r\n]/ } as const;

/**
 * One cell exactly as csv-stringify writes it with stringifyOptions (csv.test.ts checks
 * the two agree). Written by hand for the records: csv-stringify builds a stream per
 * call and allocated ~7 KB per row, two thirds of a 100k-claim export's garbage, which
 * is what grew the server's heap.
 */
export function csvCell(value: string, delimiter: CsvOptions["delimiter"]): string {
  if (value === "") return value;
  const quoted = NEEDS_QUOTES[delimiter].test(value);
  let cell = FORMULA_START.has(value[0]!) ? `'${value}` : value;
  if (quoted) cell = `"${cell.includes('"') ? cell.replaceAll('"', '""') : cell}"`;
  return cell;
}

export function csvLines(rows: readonly ExportRow[], options: CsvOptions): string {
  const lines: string[] = [];
  for (const row of rows) {
    for (const record of csvRecords(row)) lines.push(record.map((value) => csvCell(value, options.delimiter)).join(options.delimiter));
  }
  return lines.length === 0 ? "" : lines.join("\r\n") + "\r\n";
}

/** The whole file, one chunk per batch of rows (the header comes first, even with no rows). */
export async function* csvDocument(batches: AsyncIterable<ExportRow[]>, options: CsvOptions): AsyncGenerator<string> {
  yield csvHeader(options);
  for await (const rows of batches) {
    for (const slice of slices(rows)) yield csvLines(slice, options);
  }
}
