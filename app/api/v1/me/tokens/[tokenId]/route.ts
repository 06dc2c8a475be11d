import { z } from "zod";
import { route } from "@/lib/api/route";
import { revokeApiToken } from "@/lib/auth/tokens";

export const DELETE = route({ params: z.object({ tokenId: z.uuid() }), securityEvent: "token.revoked" }, async ({ auth, params }) => {
  await revokeApiToken(auth.user.id, params.tokenId);
  return { id: params.tokenId, revoked: true };
});
