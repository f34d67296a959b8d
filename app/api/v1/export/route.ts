import { apiRoute } from "@/lib/api/route";
import { EXPORT_MEDIA_TYPES, exportFilename } from "@/lib/export/filename";
import { toByteStream } from "@/lib/export/stream";
import { EXPORT_STATUSES } from "@/lib/export/types";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/messages";
import { exportDocument } from "@/lib/services/export";
import { exportQuerySchema, toExportFilters } from "@/lib/validation/export";

export const dynamic = "force-dynamic";

/** GET /api/v1/export?format=csv|json|claimreview&status=…: a streamed download (README, "Export"). */
export const GET = apiRoute({ query: exportQuerySchema }, async ({ auth, query, request }) => {
  const { format, excel, delimiter, ...params } = query;
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const filters = toExportFilters(params, auth.userId);
  const { team, chunks } = await exportDocument(auth.teamId, filters, {
    format,
    // French Excel splits on ";": the default for an Excel file asked for in French.
    csv: { excel, delimiter: (delimiter ?? (excel && locale === "fr" ? "semicolon" : "comma")) === "semicolon" ? ";" : "," },
    ratingNames: Object.fromEntries(EXPORT_STATUSES.map((status) => [status, translateKey(locale, `export.status.${status}`)])) as Record<(typeof EXPORT_STATUSES)[number], string>,
  });
  const body = toByteStream(chunks, (error) => console.error("[export] failed while streaming", error));
  return new Response(body, {
    headers: {
      "Content-Type": EXPORT_MEDIA_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFilename(team.name, format, new Date())}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
