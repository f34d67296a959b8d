import type { ExportRow, ExportSource } from "./types";

// Rows for the unit tests of the writers: French text with « », accents, an apostrophe.

export const source = (overrides: Partial<ExportSource> = {}): ExportSource => ({
  claimId: "claim-1",
  articleId: "article-1",
  text: "Le maire a annoncé « 40 logements » à Lyon.",
  start: 10,
  end: 53,
  sentence: "Le maire a annoncé « 40 logements » à Lyon.",
  title: "Lyon : l’annonce du maire",
  outlet: "Le Progrès",
  url: "https://www.leprogres.fr/lyon/annonce",
  author: "Anne Dupré",
  publishedAt: new Date("2024-06-18T00:00:00Z"),
  language: "fr",
  ...overrides,
});

export const row = (overrides: Partial<ExportRow> = {}): ExportRow => ({
  groupId: "group-1",
  text: "Le maire a annoncé « 40 logements » à Lyon.",
  status: "corroborated",
  rationale: "Confirmé par la préfecture « sans réserve ».",
  reviewer: { id: "user-1", name: "Élodie Martin" },
  decidedAt: new Date("2024-06-20T09:30:00Z"),
  evidence: [
    { kind: "link", stance: "supports", url: "https://www.rhone.gouv.fr/communique", title: "Communiqué « logements »", outlet: "Préfecture", note: null, linkedClaimId: null, addedAt: new Date("2024-06-20T09:00:00Z") },
  ],
  contradicts: [],
  sources: [source()],
  ...overrides,
});
