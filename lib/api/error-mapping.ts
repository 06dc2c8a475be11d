import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "./errors";

/**
 * Maps errors whose meaning is known (Prisma's constraint errors, an unreachable database)
 * to API errors; anything else returns null and becomes an INTERNAL_ERROR upstream.
 */
export function mapKnownError(error: unknown): ApiError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return mapPrismaCode(error.code);
  if (error instanceof Prisma.PrismaClientInitializationError) return unavailable();
  if (isConnectionError(error)) return unavailable();
  return null;
}

function mapPrismaCode(code: string): ApiError | null {
  switch (code) {
    case "P2002":
      return ApiError.conflict("Data dengan nilai yang sama sudah ada.");
    case "P2025":
      return ApiError.notFound();
    case "P2003":
      return ApiError.validation([], "Data yang dirujuk tidak ada.");
    case "P2034":
      return ApiError.conflict("Data sedang diubah oleh permintaan lain. Coba lagi.");
    case "P1001":
    case "P1002":
    case "P2024":
      return unavailable();
    default:
      return null;
  }
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P03"]);

function isConnectionError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  return (typeof code === "string" && CONNECTION_CODES.has(code)) || (cause !== undefined && isConnectionError(cause));
}

function unavailable(): ApiError {
  return new ApiError("SERVICE_UNAVAILABLE", "Basis data sedang tidak dapat dihubungi. Silakan coba lagi.");
}
