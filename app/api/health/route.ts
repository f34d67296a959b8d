import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/services/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  if (database.ok) return NextResponse.json({ status: "ok", db: "ok" });
  return NextResponse.json({ status: "error", db: "error", reason: database.reason }, { status: 503 });
}
