"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { useToast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { RoleOptions } from "./role-options";
import { RoleBadge } from "./section";
import { inlineSelectClass } from "./select-field";
import type { Action, MemberRow, Role } from "./types";

type Props = {
  members: MemberRow[];
  currentUserId: string;
  isOwner: boolean;
  actions: {
    changeRole: Action<{ userId: string; role: Role }>;
    remove: Action<{ userId: string }>;
    transfer: Action<{ userId: string }>;
    leave: Action<Record<string, never>>;
  };
};

type Pending = { userId: string; kind: "remove" | "transfer" | "leave" } | null;

export function MembersTable({ members, currentUserId, isOwner, actions }: Props) {
  const t = useTranslations("team");
  const format = useFormatter();
  const { pending, failure, run } = useAction();
  const [confirming, setConfirming] = useState<Pending>(null);
  const toast = useToast();
  const tToast = useTranslations("toast");

  function confirmButtons(member: MemberRow, kind: NonNullable<Pending>["kind"]) {
    const perform = () => {
      setConfirming(null);
      if (kind === "remove") run(() => actions.remove({ userId: member.userId }), () => toast({ message: tToast("memberRemoved", { name: member.name }) }));
      if (kind === "transfer") run(() => actions.transfer({ userId: member.userId }), () => toast({ message: tToast("ownershipTransferred", { name: member.name }) }));
      if (kind === "leave") run(() => actions.leave({}), () => window.location.assign("/articles"), { refresh: false });
    };
    return (
      <InlineConfirm
        className="inline-flex flex-wrap justify-end"
        message={t(`members.confirm.${kind}`, { name: member.name })}
        confirmLabel={t(`members.confirmButton.${kind}`)}
        cancelLabel={t("cancel")}
        tone={kind === "transfer" ? "primary" : "danger"}
        disabled={pending}
        onConfirm={perform}
        onCancel={() => setConfirming(null)}
      />
    );
  }

  return (
    <div className="space-y-3">
      {failure ? <Alert tone="error">{failure.error}</Alert> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("members.title")}</caption>
          <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase dark:border-stone-800">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">{t("members.columns.name")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("members.columns.role")}</th>
              <th scope="col" className="py-2 pr-3 font-medium whitespace-nowrap">{t("members.columns.joined")}</th>
              <th scope="col" className="py-2 text-right font-medium"><span className="sr-only">{t("members.columns.actions")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
            {members.map((member) => {
              const self = member.userId === currentUserId;
              const confirmingHere = confirming?.userId === member.userId ? confirming.kind : null;
              return (
                <tr key={member.userId}>
                  <th scope="row" className="py-2.5 pr-3 font-normal">
                    <span className="block font-medium text-stone-900 dark:text-stone-100">
                      {member.name}
                      {self ? <span className="ml-1.5 text-xs font-normal text-stone-500">{t("members.you")}</span> : null}
                    </span>
                    <span className="block text-xs text-stone-500 dark:text-stone-400">{member.email}</span>
                  </th>
                  <td className="py-2.5 pr-3">
                    {isOwner && !self ? (
                      <select
                        aria-label={t("members.roleOf", { name: member.name })}
                        className={inlineSelectClass}
                        value={member.role}
                        disabled={pending}
                        onChange={(event) => {
                          const role = event.target.value as Role;
                          run(() => actions.changeRole({ userId: member.userId, role }), () => toast({ message: tToast("roleChanged", { name: member.name, role: t(`roles.${role}`) }) }));
                        }}
                      >
                        <RoleOptions />
                      </select>
                    ) : (
                      <RoleBadge role={member.role} label={t(`roles.${member.role}`)} />
                    )}
                  </td>
                  <td className="py-2.5 pr-3 whitespace-nowrap text-stone-600 tabular-nums dark:text-stone-400">
                    {format.dateTime(new Date(member.joinedAt), { dateStyle: "medium" })}
                  </td>
                  <td className="py-2.5 text-right">
                    {confirmingHere ? (
                      confirmButtons(member, confirmingHere)
                    ) : (
                      <span className="inline-flex flex-wrap justify-end gap-1">
                        {isOwner && !self && member.role !== "owner" ? (
                          <Button size="sm" variant="ghost" onClick={() => setConfirming({ userId: member.userId, kind: "transfer" })}>
                            {t("members.transfer")}
                          </Button>
                        ) : null}
                        {isOwner && !self ? (
                          <Button size="sm" variant="ghost" onClick={() => setConfirming({ userId: member.userId, kind: "remove" })} aria-label={t("members.removeNamed", { name: member.name })}>
                            {t("members.remove")}
                          </Button>
                        ) : null}
                        {self ? (
                          <Button size="sm" variant="ghost" onClick={() => setConfirming({ userId: member.userId, kind: "leave" })}>
                            {t("members.leave")}
                          </Button>
                        ) : null}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-stone-500 dark:text-stone-400">{t("members.rolesHelp")}</p>
    </div>
  );
}
