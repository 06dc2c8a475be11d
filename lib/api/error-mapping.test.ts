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

  it("leaves unknown errors to become INTERNAL_ERROR", () => {
    expect(mapKnownError(new TypeError("x is undefined"))).toBeNull();
    expect(mapKnownError(prismaError("P9999"))).toBeNull();
    expect(mapKnownError("string thrown")).toBeNull();
  });
});
