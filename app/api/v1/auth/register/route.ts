import { route } from "@/lib/api/route";
import { registerSchema } from "@/lib/auth/schemas";
import { registerUser } from "@/lib/auth/users";

export const POST = route({ auth: "none", body: registerSchema, status: 201 }, ({ body }) => registerUser(body));
