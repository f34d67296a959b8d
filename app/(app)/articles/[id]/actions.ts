"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/team-action";
import {
  createClaimFromSelection,
  editClaimText,
  mergeClaims,
  setBoilerplateIncluded,
  setClaimDeleted,
  splitClaim,
} from "@/lib/services/claims";
import { linkClaims, rejectMatch, unlinkClaims } from "@/lib/services/claim-groups";
import { idSchema } from "@/lib/validation/article";
import {
  claimIdSchema,
  claimTextSchema,
  createClaimSchema,
  mergeClaimsSchema,
  splitClaimSchema,
  toggleBoilerplateSchema,
} from "@/lib/validation/claim";

const refresh = () => revalidatePath("/articles", "layout");

export const editClaimAction = teamAction({ role: "editor", schema: claimTextSchema }, async ({ claimId, text }, { teamId, actor }) => {
  const claim = await editClaimText(teamId, actor, claimId, text);
  refresh();
  return { id: claim.id };
});

export const splitClaimAction = teamAction({ role: "editor", schema: splitClaimSchema }, async ({ claimId, at }, { teamId, actor }) => {
  const result = await splitClaim(teamId, actor, claimId, at);
  refresh();
  return result;
});

export const mergeClaimsAction = teamAction({ role: "editor", schema: mergeClaimsSchema }, async ({ claimIds }, { teamId, actor }) => {
  const merged = await mergeClaims(teamId, actor, claimIds);
  refresh();
  return { id: merged.id };
});

export const deleteClaimAction = teamAction({ role: "editor", schema: claimIdSchema }, async ({ claimId }, { teamId, actor }) => {
  await setClaimDeleted(teamId, actor, claimId, true);
  refresh();
  return { id: claimId };
});

export const restoreClaimAction = teamAction({ role: "editor", schema: claimIdSchema }, async ({ claimId }, { teamId, actor }) => {
  await setClaimDeleted(teamId, actor, claimId, false);
  refresh();
  return { id: claimId };
});

export const createClaimAction = teamAction({ role: "editor", schema: createClaimSchema }, async ({ articleId, start, end }, { teamId, actor }) => {
  const claim = await createClaimFromSelection(teamId, actor, articleId, { start, end });
  refresh();
  return { id: claim.id };
});

export const toggleBoilerplateAction = teamAction({ role: "editor", schema: toggleBoilerplateSchema }, async ({ spanId, included }, { teamId, actor }) => {
  const result = await setBoilerplateIncluded(teamId, actor, spanId, included);
  refresh();
  return result;
});

const pairSchema = z.strictObject({ claimId: idSchema, otherClaimId: idSchema });

export const linkClaimAction = teamAction(
  { role: "editor", schema: pairSchema.extend({ relation: z.enum(["same", "contradicts"]) }) },
  async ({ claimId, otherClaimId, relation }, { teamId, actor }) => {
    const result = await linkClaims(teamId, actor, claimId, otherClaimId, relation);
    refresh();
    return result;
  },
);

export const unlinkClaimAction = teamAction({ role: "editor", schema: pairSchema }, async ({ claimId, otherClaimId }, { teamId, actor }) => {
  const result = await unlinkClaims(teamId, actor, claimId, otherClaimId);
  refresh();
  return result;
});

export const rejectMatchAction = teamAction({ role: "editor", schema: pairSchema }, async ({ claimId, otherClaimId }, { teamId, actor }) => {
  return rejectMatch(teamId, actor, claimId, otherClaimId);
});
