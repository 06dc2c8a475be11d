import { ApiError } from "@/lib/kernel/errors";
import { route } from "@/lib/api/route";

// Any /api/v1 path no route file claims: the envelope's 404, not Next's HTML not-found page.
const unknownPath = route({ auth: "none" }, async () => {
  throw ApiError.notFound("Alamat API tidak dikenal.");
});

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
