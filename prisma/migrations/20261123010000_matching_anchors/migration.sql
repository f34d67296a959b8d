-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "features" JSONB;

-- CreateTable
CREATE TABLE "ClaimKeyStat" (
    "teamId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimKeyStat_pkey" PRIMARY KEY ("teamId","key")
);
