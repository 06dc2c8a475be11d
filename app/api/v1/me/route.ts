import { route } from "@/lib/api/route";

export const GET = route({}, async ({ auth }) => ({ id: auth.user.id, email: auth.user.email, name: auth.user.name }));
