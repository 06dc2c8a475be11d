import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { mapKnownError } from "./error-mapping";

function prismaError(code: string) {
  return new Prisma.PrismaClientKnownRequestError("boom", { code, clientVersion: "7" });
}

describe("mapKnownError", () => {
  it.each([
    ["P2002", "CONFLICT", 409],
    ["P2025", "NOT_FOUND", 404],
    ["P2003", "VALIDATION_ERROR", 400],
    ["P2034", "CONFLICT", 409],
    ["P1001", "SERVICE_UNAVAILABLE", 503],
  ])("maps Prisma %s to %s", (code, apiCode, status) => {
    const mapped = mapKnownError(prismaError(code));
    expect(mapped?.code).toBe(apiCode);
    expect(mapped?.status).toBe(status);
  });

  it("never leaks the driver's message", () => {
    expect(mapKnownError(prismaError("P2002"))?.message).not.toContain("boom");
  });

  it("treats a refused connection, even wrapped, as unavailable", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(mapKnownError(refused)?.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapKnownError(new Error("outer", { cause: refused }))?.code).toBe("SERVICE_UNAVAILABLE");
  });

  it("treats a raw query that could not reach the database (P2010 from the adapter) as unavailable", () => {
    const raw = (cause: Record<string, unknown>) =>
      new Prisma.PrismaClientKnownRequestError("Raw query failed", {
        code: "P2010",
        clientVersion: "7",
        meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
      });
    for (const kind of ["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]) {
      expect(mapKnownError(raw({ kind }))?.code, kind).toBe("SERVICE_UNAVAILABLE");
    }
    expect(mapKnownError(raw({ kind: "postgres", originalCode: "57P01" }))?.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapKnownError(raw({ kind: "postgres", originalCode: "42601" }))).toBeNull();
    expect(mapKnownError(raw({ kind: "UniqueConstraintViolation" }))).toBeNull();
  });

  it("treats node-postgres' pool timeout and a connection cut mid-query as unavailable", () => {
    expect(mapKnownError(new Error("timeout exceeded when trying to connect"))?.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapKnownError(new Error("Connection terminated unexpectedly"))?.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapKnownError(new Error("terminated by the user"))).toBeNull();
  });

  it("leaves unknown errors to become INTERNAL_ERROR", () => {
    expect(mapKnownError(new TypeError("x is undefined"))).toBeNull();
    expect(mapKnownError(prismaError("P9999"))).toBeNull();
    expect(mapKnownError("string thrown")).toBeNull();
  });
});
