import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Actor } from "@/lib/services/audit";
import { importArticle, contentHashOf } from "@/lib/services/articles";
import { db } from "@/lib/db";
import { normalizePlainText } from "@/lib/text/html";

const DEMO_DIR = path.join(process.cwd(), "prisma", "demo");

const demoManifestSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      outlet: z.string().optional(),
      url: z.string().optional(),
      author: z.string().optional(),
      publishedAt: z.string().optional(),
      language: z.string().optional(),
    }),
  ),
});

/** Loads the five seed articles into a team; articles already there are skipped. */
export async function loadDemoArticles(teamId: string, actor: Actor) {
  const manifest = demoManifestSchema.parse(JSON.parse(await readFile(path.join(DEMO_DIR, "articles.json"), "utf8")));
  let imported = 0;
  for (const entry of manifest.articles) {
    const text = await readFile(path.join(DEMO_DIR, "articles", entry.file), "utf8");
    const exists = await db().article.findFirst({
      where: { teamId, contentHash: contentHashOf(normalizePlainText(text)) },
      select: { id: true },
    });
    if (exists) continue;
    await importArticle(teamId, actor, {
      title: entry.title,
      text,
      format: "text",
      outlet: entry.outlet,
      url: entry.url,
      author: entry.author,
      publishedAt: entry.publishedAt ? new Date(entry.publishedAt) : undefined,
      language: entry.language,
      allowDuplicate: false,
    });
    imported += 1;
  }
  return { imported, total: manifest.articles.length };
}
