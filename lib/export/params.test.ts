import { describe, expect, it } from "vitest";
import { exportFilterParams, exportQuerySchema, parseExportPageParams, toExportFilters } from "@/lib/validation/export";

describe("export params", () => {
  it("default to the verified list; take the queue's param names", () => {
    expect(parseExportPageParams({})).toEqual({ filters: { status: ["corroborated", "disputed"] }, ignored: [] });
    const { filters, ignored } = parseExportPageParams({
      status: "disputed", articleId: "a1", outlet: "Le Progrès", assignee: "me", minCheckworthiness: "0.5", from: "2024-06-01", to: "2024-06-30", sort: "text", cursor: "x",
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual({ status: ["disputed"], articleId: "a1", outlet: "Le Progrès", assignee: "me", minCheckworthiness: 0.5, from: "2024-06-01", to: "2024-06-30" });
  });

  it("read statuses comma-separated, repeated, or all", () => {
    expect(parseExportPageParams({ status: "unverified,corroborated" }).filters.status).toEqual(["unverified", "corroborated"]);
    expect(parseExportPageParams({ status: ["disputed", "unverified"] }).filters.status).toEqual(["unverified", "disputed"]);
    expect(parseExportPageParams({ status: "all" }).filters.status).toEqual(["unverified", "corroborated", "disputed"]);
  });

  it("drop what the page cannot read, and say so", () => {
    const { filters, ignored } = parseExportPageParams({ status: "maybe", from: "yesterday", decidedFrom: "2024-06-30", decidedTo: "2024-06-01", language: "fr" });
    expect(ignored.sort()).toEqual(["decidedFrom", "decidedTo", "from", "status"]);
    expect(filters).toEqual({ status: ["corroborated", "disputed"], language: "fr" });
  });

  it("are strict in the API: a misspelt or reversed filter is an error", () => {
    expect(exportQuerySchema.safeParse({ format: "json", stauts: "disputed" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ from: "2024-06-30", to: "2024-06-01" }).error?.issues[0]?.message).toBe("export.errors.rangeReversed");
    expect(exportQuerySchema.parse({ excel: "1", delimiter: "semicolon" })).toMatchObject({ format: "csv", excel: true, delimiter: "semicolon", status: ["corroborated", "disputed"] });
  });

  it("resolve 'me' to the caller, and refuse it for an API token", () => {
    expect(toExportFilters({ status: ["disputed"], assignee: "me" }, "user-1")).toEqual({ status: ["disputed"], assignee: "user-1" });
    expect(() => toExportFilters({ status: ["disputed"], assignee: "me" }, null)).toThrow("export.errors.meNeedsUser");
  });

  it("go back to URL params with the defaults left out", () => {
    expect(exportFilterParams({ status: ["corroborated", "disputed"] }).toString()).toBe("");
    expect(exportFilterParams({ status: ["unverified", "corroborated", "disputed"], outlet: "Le Progrès", minCheckworthiness: 0.5 }).toString()).toBe("status=all&outlet=Le+Progr%C3%A8s&minCheckworthiness=0.5");
  });
});
