"use client";
import { useTranslations } from "next-intl";
import type { SelectHTMLAttributes } from "react";

/** French and English first (the desk's languages), then a few others the server's detector also knows. */
const MAIN_LANGUAGES = ["fr", "en"] as const;
const OTHER_LANGUAGES = ["de", "es", "it", "pt", "nl", "ar", "ru", "uk"] as const;

/** "" means "let the server detect it", the default. */
export function LanguageSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  const t = useTranslations("import.languages");
  return (
    <select {...props}>
      <option value="">{t("auto")}</option>
      {MAIN_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {t(code)}
        </option>
      ))}
      <optgroup label={t("others")}>
        {OTHER_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(code)}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
