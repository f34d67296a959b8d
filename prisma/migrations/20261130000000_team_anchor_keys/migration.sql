-- Anchor keys prefixed with the team ("<teamId>|<key>") under their own GIN index: a
-- candidate scan then reaches the team's claims only. With the index on "anchorKeys"
-- alone, PostgreSQL ANDed it with a bitmap of every claim of the team whenever other
-- teams made the team filter look selective (~10 ms at 100k claims, growing with the
-- team). Kept by a trigger, so no write path can forget them.

-- DropIndex
DROP INDEX "Claim_anchorKeys_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "teamAnchorKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION claim_team_anchor_keys() RETURNS trigger AS $$
BEGIN
  NEW."teamAnchorKeys" := ARRAY(SELECT NEW."teamId" || '|' || k FROM unnest(NEW."anchorKeys") AS k);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_team_anchor_keys
  BEFORE INSERT OR UPDATE OF "teamId", "anchorKeys", "teamAnchorKeys" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claim_team_anchor_keys();

UPDATE "Claim" SET "teamAnchorKeys" = ARRAY(SELECT "teamId" || '|' || k FROM unnest("anchorKeys") AS k);

-- CreateIndex
CREATE INDEX "Claim_teamAnchorKeys_idx" ON "Claim" USING GIN ("teamAnchorKeys");
