import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { CSV_BOM, CSV_COLUMNS, csvCell, csvDocument, csvHeader, csvLines, csvRecords, evidenceLine, stringifyOptions } from "./csv";
import { row, source } from "./test-rows";
import { collect } from "./stream";
import type { ExportRow } from "./types";

const plain = { excel: false, delimiter: "," } as const;
const excelFr = { excel: true, delimiter: ";" } as const;

async function* batches(...lists: ExportRow[][]) {
  yield* lists;
}

describe("CSV export", () => {
  it("writes RFC 4180: a header, CRLF records, quoted fields with commas, quotes and line breaks", async () => {
    const text = await collect(csvDocument(batches([row({ rationale: 'Il a dit "oui", puis\nnon.' })]), plain));
    expect(text.startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain('"Il a dit ""oui"", puis\nnon."');
    const [record] = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(record).toMatchObject({
      group_id: "group-1",
      claim_id: "claim-1",
      article_id: "article-1",
      status: "corroborated",
      claim: "Le maire a annoncé « 40 logements » à Lyon.",
      sentence: "Le maire a annoncé « 40 logements » à Lyon.",
      outlet: "Le Progrès",
      url: "https://www.leprogres.fr/lyon/annonce",
      published_at: "2024-06-18",
      article_title: "Lyon : l’annonce du maire",
      rationale: 'Il a dit "oui", puis\nnon.',
      evidence: "[supports] https://www.rhone.gouv.fr/communique — Communiqué « logements » — Préfecture",
      contradicts: "",
      reviewer: "Élodie Martin",
      decided_at: "2024-06-20T09:30:00.000Z",
    });
  });

  it("writes one line per statement, the verdict columns repeated", () => {
    const text = csvLines([row({ sources: [source(), source({ claimId: "claim-2", articleId: "article-2", outlet: null, url: null, publishedAt: null })] })], plain);
    const records = parse(text) as string[][];
    expect(records.map((r) => r[1])).toEqual(["claim-1", "claim-2"]);
    expect(records[1]!.slice(6, 9)).toEqual(["", "", ""]);
    expect(records[0]![10]).toBe(records[1]![10]);
  });

  it("neutralises formulas: cells starting with = + - @ tab or CR get a leading quote", () => {
    const dangerous = ["=HYPERLINK(\"http://evil\")", "+33 1 23", "-2 %", "@SUM(A1)", "\tcmd", "\rcmd"];
    const rows = dangerous.map((rationale, i) => row({ groupId: `g${i}`, rationale }));
    const records = parse(csvLines(rows, plain), { relax_quotes: true }) as string[][];
    expect(records.map((r) => r[10])).toEqual(dangerous.map((value) => `'${value}`));
    // Harmless text is left as it is.
    expect((parse(csvLines([row({ rationale: "Selon l’AFP = vrai" })], plain)) as string[][])[0]![10]).toBe("Selon l’AFP = vrai");
  });

  it("in Excel mode, starts with a byte-order mark and separates with the chosen delimiter", async () => {
    const text = await collect(csvDocument(batches([row()], [row({ groupId: "group-2" })]), excelFr));
    expect(text.startsWith(`${CSV_BOM}group_id;claim_id;`)).toBe(true);
    expect(text.indexOf(CSV_BOM, 1)).toBe(-1);
    const records = parse(text, { bom: true, delimiter: ";", columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r.group_id)).toEqual(["group-1", "group-2"]);
    expect(records[0]!.claim).toBe("Le maire a annoncé « 40 logements » à Lyon.");
    expect(csvHeader(plain).startsWith(CSV_BOM)).toBe(false);
  });

  it("keeps accents and « » byte for byte in UTF-8", async () => {
    const text = await collect(csvDocument(batches([row()]), excelFr));
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(text);
    expect(Buffer.from(bytes).includes(Buffer.from("« 40 logements » à Lyon", "utf8"))).toBe(true);
  });

  it("writes the header alone when nothing matches", async () => {
    expect(await collect(csvDocument(batches(), plain))).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });

  it("describes each kind of evidence on one line", () => {
    expect(evidenceLine({ kind: "note", stance: "context", url: null, title: null, outlet: null, note: "Vérifié auprès de l’AFP.", linkedClaimId: null, addedAt: new Date() })).toBe("[context] Vérifié auprès de l’AFP.");
    expect(evidenceLine({ kind: "claim", stance: "refutes", url: null, title: null, outlet: null, note: null, linkedClaimId: "c9", addedAt: new Date() })).toBe("[refutes] claim c9");
  });

  it("writes records byte for byte as csv-stringify does", () => {
    const tricky = ["", "plain", 'a "quote"', "a,comma", "a;semicolon", "line\nbreak", "cr\rhere", "crlf\r\n", "=1+1", "+33 6", "-5 %", "@user", "\tTab", "\rCR",
      "\uFF1Dfull", "\uFF0B", "\uFF0D1", "\uFF20x", "'quoted'", '"', '=",\n"', "😀 emoji", "é « » ’", " lead space", "trail space "];
    for (const options of [plain, excelFr]) {
      for (const value of tricky) expect(csvCell(value, options.delimiter)).toBe(stringify([[value]], stringifyOptions(options)).slice(0, -2));
      const rows = tricky.map((value, i) => row({ groupId: `g${i}`, rationale: value, sources: [source({ text: value, title: value, outlet: value || null })] }));
      expect(csvLines(rows, options)).toBe(stringify(rows.flatMap(csvRecords), stringifyOptions(options)));
    }
  });
});
