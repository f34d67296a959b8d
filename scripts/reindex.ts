// Brings every claim's matching index up to the current extraction rules. Cheap when
// nothing is stale; `npm start` runs it before serving.
import { reindexStaleClaims } from "@/lib/services/matching";

reindexStaleClaims().then(
  ({ updated, teams }) => {
    if (updated > 0) console.log(`[claimdesk] Re-indexed ${updated} claim(s) in ${teams} team(s) for matching.`);
    process.exit(0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
