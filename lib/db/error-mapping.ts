import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/kernel/errors";

/**
 * Maps errors whose meaning is known (Prisma's constraint errors, an unreachable database)
 * to API errors; anything else returns null and becomes an INTERNAL_ERROR upstream.
 */
export function mapKnownError(error: unknown): ApiError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return isUnreachable(error.meta?.driverAdapterError) ? unavailable() : mapPrismaCode(error.code);
  }
  if (error instanceof Prisma.PrismaClientInitializationError) return unavailable();
  if (isConnectionError(error)) return unavailable();
  return null;
}

// Prisma 7 reports what the driver adapter saw in meta.driverAdapterError. Raw queries (the
// authentication on every request) then carry the generic P2010, so the cause decides.
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

function isUnreachable(adapterError: unknown): boolean {
  const cause = (adapterError as { cause?: { kind?: unknown; originalCode?: unknown } } | undefined)?.cause;
  if (!cause) return false;
  return UNREACHABLE_KINDS.has(String(cause.kind)) || CONNECTION_CODES.has(String(cause.originalCode));
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

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P03", "53300"]);
// node-postgres errors without a code, passed through the adapter as they are: the pool found
// no connection in time, or the connection died under a query.
const PG_CONNECTION_MESSAGES = /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error)/;

function isConnectionError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause, message } = error as { code?: unknown; cause?: unknown; message?: unknown };
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  if (typeof message === "string" && PG_CONNECTION_MESSAGES.test(message)) return true;
  return cause !== undefined && isConnectionError(cause);
}

function unavailable(): ApiError {
  return new ApiError("SERVICE_UNAVAILABLE", "Basis data sedang tidak dapat dihubungi. Silakan coba lagi.");
}
