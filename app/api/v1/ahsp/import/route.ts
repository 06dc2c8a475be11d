import type { NextRequest } from "next/server";
import { ApiResult, route } from "@/lib/api/route";
import { importQuerySchema } from "@/lib/reference/schemas";
import { handleImportUpload } from "@/lib/reference/upload";

// Rate-limited in the bulk category by path (lib/rate-limit/policy.ts).
// A dry run only reports; the confirming request (or any refused one) is the event.
const importEvent = (_: unknown, req: NextRequest) => (req.nextUrl.searchParams.get("dryRun") === "true" ? null : "library.imported");

export const POST = route({ query: importQuerySchema, securityEvent: importEvent }, async ({ req, query, auth }) => {
  const result = await handleImportUpload(req, query, auth.user);
  return new ApiResult(result, { status: result.outcome?.status === "created" ? 201 : 200 });
});
