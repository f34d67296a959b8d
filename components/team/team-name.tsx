"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { RoleBadge } from "./section";
import type { Action, Role } from "./types";

/** The page heading; owners can rename the team in place. */
export function TeamName({ name, role, rename }: { name: string; role: Role; rename: Action<{ name: string }> | null }) {
  const t = useTranslations("team");
  const [editing, setEditing] = useState(false);
  const { pending, failure, run } = useAction();

  if (editing && rename) {
    return (
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const value = String(new FormData(event.currentTarget).get("name") ?? "");
          run(() => rename({ name: value }), () => setEditing(false));
        }}
        noValidate
      >
        <div className="w-full max-w-sm">
          <Field label={t("rename.label")} name="name" defaultValue={name} required maxLength={100} autoFocus errors={failure?.fieldErrors?.name} />
        </div>
        <Button type="submit" disabled={pending}>{t("rename.save")}</Button>
        <Button variant="ghost" onClick={() => setEditing(false)}>{t("cancel")}</Button>
        {failure && !failure.fieldErrors ? <div className="w-full"><Alert tone="error">{failure.error}</Alert></div> : null}
      </form>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h1 className="text-xl font-semibold break-words">{name}</h1>
      <RoleBadge role={role} label={t("yourRole", { role: t(`roles.${role}`) })} />
      {rename ? (
        <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
          {t("rename.button")}
        </Button>
      ) : null}
    </div>
  );
}
