import { apiRoute } from "@/lib/api/route";
import { getTask } from "@/lib/services/tasks";
import { taskParamsSchema } from "@/lib/validation/tasks";

export const GET = apiRoute({ params: taskParamsSchema }, async ({ auth, params }) => ({ task: await getTask(auth.teamId, params.id) }));
