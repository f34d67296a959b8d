"use client";
import { useTranslations } from "next-intl";
import { ROLE_OPTIONS } from "./types";

/** The roles as `<option>`s, lowest first, for a role `<select>`. */
export function RoleOptions() {
  const t = useTranslations("team");
  return ROLE_OPTIONS.map((role) => (
    <option key={role} value={role}>
      {t(`roles.${role}`)}
    </option>
  ));
}
