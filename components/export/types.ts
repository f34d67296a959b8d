import { EXPORT_FORMATS, type ExportFormat } from "@/lib/export/types";
import { exportFilterParams, type ExportFilterParams } from "@/lib/validation/export";

export type ExportChoices = {
  articles: Array<{ id: string; title: string; outlet: string | null; publishedAt: string | null }>;
  outlets: string[];
  languages: string[];
  members: Array<{ id: string; name: string }>;
};

export type Delimiter = "comma" | "semicolon";
export type ExportSettings = { format: ExportFormat; excel: boolean; delimiter: Delimiter };

/** Format and CSV options from the page's URL; anything unknown falls back to CSV. */
export function parseSettings(searchParams: Record<string, string | string[] | undefined>, locale: string): ExportSettings {
  const one = (key: string) => [searchParams[key]].flat()[0];
  const format = (EXPORT_FORMATS as readonly string[]).includes(one("format") ?? "") ? (one("format") as ExportFormat) : "csv";
  const excel = one("excel") === "1" || one("excel") === "true";
  const delimiter = one("delimiter") === "comma" || one("delimiter") === "semicolon" ? (one("delimiter") as Delimiter) : locale === "fr" ? "semicolon" : "comma";
  return { format, excel, delimiter };
}

/** Filters + format as URL params: the page's own URL and, with `api`, the download's. */
export function exportSearch(filters: ExportFilterParams, settings: ExportSettings, { api = false } = {}): string {
  const search = exportFilterParams(filters);
  if (api || settings.format !== "csv") search.set("format", settings.format);
  if (settings.format === "csv" && settings.excel) {
    search.set("excel", "1");
    search.set("delimiter", settings.delimiter);
  }
  return search.toString();
}
