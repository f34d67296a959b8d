import { apiRoute } from "@/lib/api/route";
import { historyEventJson } from "@/lib/api/serializers";
import { latestTeamChanges, teamChangeMarker } from "@/lib/services/history";

/**
 * Live updates by polling: the ETag names the state of the team's (append-only) audit
 * trail (lib/services/history), so `If-None-Match` with the last one answers 304 until
 * a teammate changes something. Works across app instances: the database is the only shared state.
 */
export const GET = apiRoute({}, async ({ auth, request }) => {
  const etag = `W/"${await teamChangeMarker(auth.teamId)}"`;
  const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
  const seen = request.headers.get("if-none-match");
  if (seen && seen.split(",").some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers });
  const latest = await latestTeamChanges(auth.teamId);
  return Response.json({ etag, latest: latest.map(historyEventJson) }, { headers });
});
