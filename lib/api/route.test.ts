// The route wrapper alone: who may call, what it refuses before the handler runs, and how
// whatever the handler throws reaches the client. The caller lookup, project access, logging
// and configuration are replaced, so only the wrapper's own decisions are under test.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Authenticated } from "@/lib/auth/request-auth";
import { authenticate } from "@/lib/auth/request-auth";
import { Prisma } from "@/lib/generated/prisma/client";
import { reportError } from "@/lib/observability/errors";
import { requireProjectAccess } from "@/lib/projects/access";
import { ApiError } from "@/lib/kernel/errors";
import { route } from "./route";

vi.mock("@/lib/auth/request-auth", () => ({ authenticate: vi.fn() }));
vi.mock("@/lib/projects/access", () => ({ requireProjectAccess: vi.fn() }));
vi.mock("@/lib/observability/errors", () => ({ reportError: vi.fn() }));
vi.mock("@/lib/observability/request-log", () => ({ recordRequest: vi.fn() }));
vi.mock("@/lib/security-events/route-event", () => ({ recordRouteEvent: vi.fn(), resultIdOf: () => null }));
vi.mock("@/lib/env", () => ({ env: () => ({ NEXTAUTH_URL: "https://rab.test", MAX_JSON_BODY_BYTES: 1_048_576 }) }));

const APP = "https://rab.test";
const user = { id: "user-1", email: "a@rab.test", name: "A" } as Authenticated["user"];
const viaCookie: Authenticated = { user, method: "session", credentialId: "sid" };
const viaBearer: Authenticated = { user, method: "bearer", credentialId: "hash" };

function request(method: string, options: { body?: string; headers?: Record<string, string>; path?: string } = {}) {
  const headers = { "content-type": "application/json", ...options.headers };
  return new NextRequest(`${APP}${options.path ?? "/api/v1/things"}`, { method, headers, body: options.body });
}

async function call(handlerRoute: ReturnType<typeof route>, req: NextRequest, params: Record<string, string> = {}) {
  const res = await handlerRoute(req, { params: Promise.resolve(params) });
  return { res, status: res.status, body: await res.json() };
}

const echo = vi.fn(async (ctx: { body: unknown; auth: unknown }) => ({ body: ctx.body, auth: ctx.auth }));

beforeEach(() => {
  vi.mocked(authenticate).mockReset().mockResolvedValue(viaBearer);
  vi.mocked(requireProjectAccess).mockReset();
  vi.mocked(reportError).mockReset();
  echo.mockClear();
});

describe("route: authentication", () => {
  it("refuses an anonymous caller with 401 before the handler runs", async () => {
    vi.mocked(authenticate).mockResolvedValue(null);
    const { status, body } = await call(route({}, echo), request("GET"));
    expect(status).toBe(401);
    expect(body.error.code).toBe("UNAUTHENTICATED");
    expect(echo).not.toHaveBeenCalled();
  });

  it("lets an anonymous caller through a public route, with a null auth", async () => {
    vi.mocked(authenticate).mockResolvedValue(null);
    const { status, body, res } = await call(route({ auth: "none" }, echo), request("GET"));
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, data: { auth: null } });
    expect(res.headers.get("cache-control")).toBeNull();
  });

  it("hands the caller to the handler and keeps its answer out of shared caches", async () => {
    const { status, body, res } = await call(route({}, echo), request("GET"));
    expect(status).toBe(200);
    expect(body.data.auth).toEqual(viaBearer);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers a refused bearer token with the lookup's own 401", async () => {
    vi.mocked(authenticate).mockRejectedValue(new ApiError("UNAUTHENTICATED", "Token API tidak valid atau sudah dicabut."));
    const { status, body } = await call(route({ auth: "none" }, echo), request("GET"));
    expect([status, body.error.message]).toEqual([401, "Token API tidak valid atau sudah dicabut."]);
  });

  it("checks project access before the handler, with the path's project id", async () => {
    vi.mocked(requireProjectAccess).mockRejectedValue(ApiError.notFound());
    const { status } = await call(route({ project: {} }, echo), request("GET"), { projectId: "p-9" });
    expect(status).toBe(404);
    expect(requireProjectAccess).toHaveBeenCalledWith("user-1", "p-9", { need: "view", includeArchived: false });
    expect(echo).not.toHaveBeenCalled();
  });

  it("asks a write for the editor role unless the route names its own need", async () => {
    vi.mocked(requireProjectAccess).mockRejectedValue(new ApiError("FORBIDDEN"));
    const post = () => request("POST", { body: "{}" });
    for (const [config, need] of [
      [{}, "edit"],
      [{ need: "view" }, "view"],
      [{ need: "own", includeArchived: true }, "own"],
    ] as const) {
      const { status } = await call(route({ project: config }, echo), post(), { projectId: "p-9" });
      expect(status).toBe(403);
      expect(requireProjectAccess).toHaveBeenLastCalledWith("user-1", "p-9", { need, includeArchived: "includeArchived" in config });
    }
    expect(echo).not.toHaveBeenCalled();
  });
});

describe("route: CSRF for cookie sessions", () => {
  const write = (headers: Record<string, string>) => request("POST", { body: "{}", headers });

  it("refuses a cross-site write made with the session cookie", async () => {
    vi.mocked(authenticate).mockResolvedValue(viaCookie);
    const crossSite: Record<string, string>[] = [{ origin: "https://evil.test" }, { "sec-fetch-site": "cross-site" }];
    for (const headers of crossSite) {
      const { status, body } = await call(route({}, echo), write(headers));
      expect([status, body.error.code]).toEqual([403, "FORBIDDEN"]);
    }
    expect(echo).not.toHaveBeenCalled();
  });

  it("accepts a same-origin cookie write, a cross-site cookie read and a cross-site bearer write", async () => {
    vi.mocked(authenticate).mockResolvedValue(viaCookie);
    expect((await call(route({}, echo), write({ origin: APP, "sec-fetch-site": "same-origin" }))).status).toBe(200);
    expect((await call(route({}, echo), request("GET", { headers: { origin: "https://evil.test" } }))).status).toBe(200);
    vi.mocked(authenticate).mockResolvedValue(viaBearer);
    expect((await call(route({}, echo), write({ origin: "https://evil.test" }))).status).toBe(200);
  });
});

describe("route: body", () => {
  const schema = z.object({ nama: z.string().min(1), lines: z.array(z.object({ koefisien: z.number() })) });
  const post = (body: string, headers?: Record<string, string>) => request("POST", { body, headers });

  it("answers a body over the route's limit with 413 and the limit, declared or streamed", async () => {
    const big = JSON.stringify({ nama: "x".repeat(300), lines: [] });
    const limited = route({ body: schema, maxBodyBytes: 256 }, echo);
    for (const req of [post(big, { "content-length": String(big.length) }), post(big)]) {
      const { status, body } = await call(limited, req);
      expect(status).toBe(413);
      expect(body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { limitBytes: 256 } });
    }
    expect(echo).not.toHaveBeenCalled();
  });

  it("answers a body that breaks the schema with 400 naming each field's path", async () => {
    const { status, body } = await call(route({ body: schema }, echo), post(JSON.stringify({ nama: "", lines: [{ koefisien: "x" }] })));
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(["lines.0.koefisien", "nama"]);
    expect(echo).not.toHaveBeenCalled();
  });

  it("prefixes query errors with `query`, and answers a malformed path id like a missing row", async () => {
    const withQuery = route({ query: z.object({ page: z.coerce.number().int().min(1) }) }, echo);
    const bad = await call(withQuery, request("GET", { path: "/api/v1/things?page=0" }));
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["query.page"]);
    const withParams = route({ params: z.object({ id: z.uuid() }) }, echo);
    expect((await call(withParams, request("GET"), { id: "not-a-uuid" })).status).toBe(404);
  });

  it("refuses a body that is not JSON", async () => {
    const { status } = await call(route({ body: schema }, echo), post("nama=x", { "content-type": "text/plain" }));
    expect(status).toBe(415);
  });

  it("passes the parsed body to the handler and answers with the route's status", async () => {
    const { status, body } = await call(route({ body: schema, status: 201 }, echo), post(JSON.stringify({ nama: "Galian", lines: [] })));
    expect(status).toBe(201);
    expect(body.data.body).toEqual({ nama: "Galian", lines: [] });
  });
});

describe("route: errors the handler throws", () => {
  const throwing = (error: unknown) => route({}, async () => Promise.reject(error));

  it("answers an ApiError with its status, message and details, and the request id", async () => {
    const err = ApiError.conflict("Versi sudah berubah.", { currentEditVersion: 3 });
    const { res, status, body } = await call(throwing(err), request("GET", { headers: { "x-request-id": "req-12345678" } }));
    expect(status).toBe(409);
    expect(body).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: "Versi sudah berubah.", details: { currentEditVersion: 3 }, requestId: "req-12345678" },
    });
    expect(res.headers.get("x-request-id")).toBe("req-12345678");
    expect(reportError).not.toHaveBeenCalled();
  });

  it("answers an unknown error with a bare 500 that leaks nothing, and reports it", async () => {
    const secret = new Error("connect to postgres://admin:hunter2@db failed at /srv/app/lib/x.ts:12");
    const { res, status, body } = await call(throwing(secret), request("GET"));
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL_ERROR");
    expect(JSON.stringify(body)).not.toMatch(/hunter2|postgres|\.ts/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(reportError).toHaveBeenCalledWith(secret, expect.objectContaining({ userId: "user-1", route: "/api/v1/things" }));
  });

  it("answers an unreachable database with 503 and a Retry-After", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const initFailed = new Prisma.PrismaClientInitializationError("Can't reach database server", "7.0.0");
    for (const error of [refused, initFailed]) {
      const { res, status, body } = await call(throwing(error), request("GET"));
      expect([status, body.error.code]).toEqual([503, "SERVICE_UNAVAILABLE"]);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(reportError).not.toHaveBeenCalled();
  });

  it("answers a failure of the caller lookup itself (database down) with 503, not 500", async () => {
    vi.mocked(authenticate).mockRejectedValue(new Error("Connection terminated unexpectedly"));
    const { status } = await call(route({}, echo), request("GET"));
    expect(status).toBe(503);
  });
});
