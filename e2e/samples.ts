// Sample articles shared by the specs: two reports of one event (Lyon, 3 May 2024) that
// disagree on a figure (40 vs 45 housing units), and the API call that imports them.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** What POST /api/v1/articles answers (the fields the specs read). */
export type ImportedArticle = { id: string; text: string; claims: Array<{ id: string; text: string; start: number; end: number }> };
/** The body of POST /api/v1/articles: the Lyon pair below, or any article a spec needs. */
export type SampleArticle = { title: string; text: string; outlet?: string; url?: string; publishedAt?: string; language?: string };

export const LYON_A: SampleArticle = {
  title: "Lyon : le maire inaugure 40 logements",
  text: "Le chantier avait pris deux ans de retard. Le maire de Lyon, Grégory Doucet, a inauguré 40 logements le 3 mai 2024 lors d'une visite avec Bruno Bernard. Les premiers locataires emménageront en juin.",
  outlet: "Agence A",
  publishedAt: "2024-05-03",
  language: "fr",
};
export const LYON_B: SampleArticle = {
  title: "Logements sociaux inaugurés à Lyon",
  text: "La cérémonie s'est tenue dans le 8e arrondissement. Selon la préfecture, 45 logements sociaux ont été inaugurés à Lyon par Grégory Doucet et Bruno Bernard lors d'une visite le 3 mai 2024. Le programme en prévoit 120 d'ici 2026.",
  outlet: "Journal B",
  publishedAt: "2024-05-04",
  language: "fr",
};

/** Imports an article through the API and checks it was split into claims. */
export async function importSample(page: Page, data: SampleArticle) {
  const response = await page.request.post("/api/v1/articles", { data });
  expect(response.status(), await response.text()).toBe(201);
  const { article } = (await response.json()) as { article: ImportedArticle };
  expect(article.claims.length).toBeGreaterThan(0);
  return article;
}
