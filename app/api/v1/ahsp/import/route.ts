import { ApiResult, route } from "@/lib/api/route";
import { importQuerySchema } from "@/lib/reference/schemas";
import { handleImportUpload } from "@/lib/reference/upload";

// Rate-limited in the bulk category by path (lib/rate-limit/policy.ts).
export const POST = route({ query: importQuerySchema }, async ({ req, query, auth }) => {
  const result = await handleImportUpload(req, query, auth.user);
  return new ApiResult(result, { status: result.outcome?.status === "created" ? 201 : 200 });
});
