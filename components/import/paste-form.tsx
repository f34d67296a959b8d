"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { DuplicateNotice } from "./duplicate-notice";
import { errorLines } from "./field-errors";
import { guessTitle, looksLikeHtml } from "./file-metadata";
import { LanguageSelect } from "./language-select";
import { EMPTY_META, duplicateOf, toImportInput, type ArticleMeta, type ImportArticle, type ImportFailure, type ImportFormat } from "./types";

const FORMATS: ImportFormat[] = ["text", "markdown", "html"];
/** Fields with their own input here: their server errors are shown under the input. */
const SHOWN_FIELDS = ["title", "text", "outlet", "url", "author", "publishedAt", "language"] as const;

type Phase = "idle" | "importing" | "opening";

/** One pasted article: text, format and metadata; on success the reader opens. */
export function PasteForm({ importArticle }: { importArticle: ImportArticle }) {
  const t = useTranslations("import");
  const tValidation = useTranslations("validation");
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const [articleFormat, setArticleFormat] = useState<ImportFormat>("text");
  const [meta, setMeta] = useState<ArticleMeta>(EMPTY_META);
  const [phase, setPhase] = useState<Phase>("idle");
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [clientErrors, setClientErrors] = useState<Partial<Record<"title" | "text", string>>>({});
  // Title and format follow the text until the editor sets them.
  const [titleTouched, setTitleTouched] = useState(false);
  const [formatTouched, setFormatTouched] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const setField = (field: keyof ArticleMeta, value: string) => setMeta((current) => ({ ...current, [field]: value }));

  function onTextChange(value: string) {
    setText(value);
    let nextFormat = articleFormat;
    if (!formatTouched) {
      nextFormat = looksLikeHtml(value) ? "html" : articleFormat === "html" ? "text" : articleFormat;
      setArticleFormat(nextFormat);
    }
    if (!titleTouched) setField("title", guessTitle(value, nextFormat));
    if (clientErrors.text) setClientErrors((errors) => ({ ...errors, text: undefined }));
    // A different text is no longer the duplicate the notice was about.
    if (failure && duplicateOf(failure)) setFailure(null);
  }

  function onFormatChange(value: ImportFormat) {
    setFormatTouched(true);
    setArticleFormat(value);
    if (!titleTouched) setField("title", guessTitle(text, value));
  }

  async function submit(allowDuplicate = false) {
    const errors: typeof clientErrors = {};
    if (!text.trim()) errors.text = tValidation("textRequired");
    if (!meta.title.trim()) errors.title = tValidation("titleRequired");
    setClientErrors(errors);
    if (errors.text || errors.title) {
      setFailure(null);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    setPhase("importing");
    setFailure(null);
    let result: Awaited<ReturnType<ImportArticle>>;
    try {
      result = await importArticle(toImportInput(meta, text, articleFormat, allowDuplicate));
    } catch {
      result = { ok: false, error: t("errors.network"), code: "network" };
    }
    if (result.ok) {
      setPhase("opening");
      router.push(`/articles/${result.data.id}`);
      return;
    }
    setPhase("idle");
    setFailure(result);
    if (result.fieldErrors) {
      // Let React render the invalid state first, then bring the editor to the first one.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
    }
  }

  const fieldErrors = failure?.fieldErrors ?? {};
  const errorsOf = (field: (typeof SHOWN_FIELDS)[number]) => {
    const client = field === "title" || field === "text" ? clientErrors[field] : undefined;
    const messages = client ? [client] : fieldErrors[field];
    return messages?.length ? messages : undefined;
  };
  const duplicate = failure ? duplicateOf(failure) : null;
  const otherErrors = errorLines(fieldErrors, SHOWN_FIELDS, (field, message) =>
    field ? t("errors.fieldLine", { field: t.has(`fields.${field}`) ? t(`fields.${field}`) : field, message }) : message,
  );
  const busy = phase !== "idle";
  const textErrors = errorsOf("text");
  const languageErrors = errorsOf("language");

  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void submit();
      }}
      className="space-y-4"
    >
      {duplicate ? (
        <DuplicateNotice existing={duplicate} pending={busy} onImportAnyway={() => void submit(true)} />
      ) : failure ? (
        <Alert tone="error">
          {failure.fieldErrors ? (
            otherErrors.length ? (
              <ul className="list-inside list-disc">
                {otherErrors.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              t("paste.checkFields")
            )
          ) : (
            failure.error
          )}
        </Alert>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <Field
            label={t("fields.title")}
            name="title"
            value={meta.title}
            required
            maxLength={500}
            hint={titleTouched ? undefined : t("paste.titleHint")}
            errors={errorsOf("title")}
            onChange={(event) => {
              setTitleTouched(true);
              setField("title", event.target.value);
              if (clientErrors.title) setClientErrors((errors) => ({ ...errors, title: undefined }));
            }}
          />
          <div className="space-y-1">
            <div className="flex items-end justify-between gap-4">
              <label htmlFor={`${id}-text`} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
                {t("fields.text")}
              </label>
              <label className="inline-flex items-center gap-2 text-sm text-stone-700 dark:text-stone-300">
                <span>{t("fields.format")}</span>
                <select
                  value={articleFormat}
                  onChange={(event) => onFormatChange(event.target.value as ImportFormat)}
                  aria-describedby={`${id}-format-hint`}
                  className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm focus:border-accent-500 focus:ring-2 focus:ring-accent-500/30 focus:outline-none dark:border-stone-700 dark:bg-stone-900"
                >
                  {FORMATS.map((value) => (
                    <option key={value} value={value}>
                      {t(`formats.${value}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <textarea
              id={`${id}-text`}
              name="text"
              value={text}
              required
              rows={12}
              spellCheck={false}
              placeholder={t("paste.textPlaceholder")}
              aria-invalid={textErrors ? true : undefined}
              aria-describedby={[`${id}-text-count`, textErrors ? `${id}-text-error` : null].filter(Boolean).join(" ")}
              onChange={(event) => onTextChange(event.target.value)}
              className={`${inputClass} resize-y leading-relaxed`}
            />
            <div className="flex justify-between gap-4 text-xs text-stone-500 dark:text-stone-400">
              <p id={`${id}-format-hint`}>{t("paste.formatHint")}</p>
              <p id={`${id}-text-count`} className="tabular-nums">
                {t("paste.characters", { count: text.length })}
              </p>
            </div>
            {textErrors ? (
              <p id={`${id}-text-error`} className="text-xs text-red-700 dark:text-red-400">
                {textErrors.join(" ")}
              </p>
            ) : null}
          </div>
        </div>

        <fieldset className="space-y-3 self-start rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <legend className="px-1 text-xs font-medium tracking-wide text-stone-500 uppercase">{t("paste.metadata")}</legend>
          <Field label={t("fields.outlet")} name="outlet" value={meta.outlet} maxLength={200} errors={errorsOf("outlet")} onChange={(event) => setField("outlet", event.target.value)} />
          <Field
            label={t("fields.url")}
            name="url"
            type="url"
            inputMode="url"
            value={meta.url}
            placeholder={t("paste.urlPlaceholder")}
            errors={errorsOf("url")}
            onChange={(event) => setField("url", event.target.value)}
          />
          <Field label={t("fields.author")} name="author" value={meta.author} maxLength={200} errors={errorsOf("author")} onChange={(event) => setField("author", event.target.value)} />
          <Field
            label={t("fields.publishedAt")}
            name="publishedAt"
            type="date"
            value={meta.publishedAt}
            errors={errorsOf("publishedAt")}
            onChange={(event) => setField("publishedAt", event.target.value)}
          />
          <div className="space-y-1">
            <label htmlFor={`${id}-language`} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
              {t("fields.language")}
            </label>
            <LanguageSelect
              id={`${id}-language`}
              name="language"
              value={meta.language}
              onChange={(event) => setField("language", event.target.value)}
              aria-invalid={languageErrors ? true : undefined}
              aria-describedby={languageErrors ? `${id}-language-error` : undefined}
              className={inputClass}
            />
            {languageErrors ? (
              <p id={`${id}-language-error`} className="text-xs text-red-700 dark:text-red-400">
                {languageErrors.join(" ")}
              </p>
            ) : null}
          </div>
          <div className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800">
            <Button type="submit" disabled={busy} className="w-full">
              {phase === "idle" ? t("paste.submit") : t("paste.submitting")}
            </Button>
            <p role="status" aria-live="polite" className="text-center text-xs text-stone-600 empty:hidden dark:text-stone-400">
              {phase === "opening" ? t("paste.opening") : ""}
            </p>
          </div>
        </fieldset>
      </div>
    </form>
  );
}
