import { route } from "@/lib/api/route";
import { listEditions } from "@/lib/reference/editions";

export const GET = route({}, () => listEditions());
