import type { ExportFormat } from "./types";

export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
};

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { csv: "csv", json: "json", claimreview: "jsonld" };

/** "Rédaction démo", csv → "claimdesk-redaction-demo-2026-11-23.csv": ASCII, so every browser keeps it. */
export function exportFilename(teamName: string, format: ExportFormat, date: Date): string {
  const slug = teamName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `claimdesk-${slug ? `${slug}-` : ""}${date.toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
}

/** The filename a Content-Disposition header names, or null (the browser's fallback then). */
export function filenameFromDisposition(header: string | null): string | null {
  return header?.match(/filename="([^"]+)"/)?.[1] ?? null;
}
