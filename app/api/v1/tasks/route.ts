import { apiRoute } from "@/lib/api/route";
import { listRecentTasks } from "@/lib/services/tasks";

export const GET = apiRoute({}, async ({ auth }) => ({ tasks: await listRecentTasks(auth.teamId) }));
