// The demo team and account, with the five seed articles. Idempotent: run it again and
// nothing is duplicated. `npm start` runs it on the embedded database only; on a real
// PostgreSQL run it explicitly: `npm run db:seed-demo`.
import { createUserWithTeam, findUserByEmail } from "@/lib/services/users";
import { listMembershipsOfUser } from "@/lib/services/teams";
import { loadDemoArticles } from "@/lib/services/demo";

export const DEMO_EMAIL = "demo@claimdesk.local";
export const DEMO_PASSWORD = "claimdesk-demo";

async function main() {
  let user = await findUserByEmail(DEMO_EMAIL);
  if (!user) {
    ({ user } = await createUserWithTeam(
      { name: "Demo Editor", email: DEMO_EMAIL, password: DEMO_PASSWORD, teamName: "Rédaction démo" },
      { demoTeam: true },
    ));
  }
  const team = (await listMembershipsOfUser(user.id))[0]?.team;
  if (!team) throw new Error("The demo user has no team.");
  const { imported, total } = await loadDemoArticles(team.id, { userId: user.id, label: user.name });
  console.log(`[claimdesk] Demo team "${team.name}": ${imported} article(s) imported, ${total - imported} already there.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
