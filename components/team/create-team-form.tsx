"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { Action } from "./types";

/** "Create another team": the new team becomes the active one. */
export function CreateTeamForm({ create }: { create: Action<{ name: string }> }) {
  const t = useTranslations("team");
  const hintId = useId();
  const { pending, failure, run } = useAction();
  return (
    <form
      className="space-y-1"
      onSubmit={(event) => {
        event.preventDefault();
        const name = String(new FormData(event.currentTarget).get("name") ?? "");
        // A full navigation: every page of the old team must go.
        run(() => create({ name }), () => window.location.assign("/articles"), { refresh: false });
      }}
      noValidate
    >
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-full max-w-sm">
          <Field
            label={t("create.label")}
            name="name"
            required maxLength={100}
            // The hint sits under the row (the button aligns with the input); errors take over when shown.
            {...(failure?.fieldErrors?.name ? {} : { "aria-describedby": hintId })}
            errors={failure?.fieldErrors?.name}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("create.creating") : t("create.button")}
        </Button>
      </div>
      <p id={hintId} className="text-xs text-stone-500 dark:text-stone-400">
        {t("create.hint")}
      </p>
      {failure && !failure.fieldErrors ? <Alert tone="error">{failure.error}</Alert> : null}
    </form>
  );
}
