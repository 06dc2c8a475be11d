import { beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_TABS } from "@/components/project/tabs";
import { apiClient } from "../support/api";
import { sessionCookie } from "../support/session";

const baseUrl = inject("baseUrl");
const PROJECT = {
  name: "Gedung",
  location: "Bandung",
  client: "Dinas PU",
  fundingSource: "APBD",
  startDate: "2026-01-05",
  durationDays: 120,
};

describe("security headers", () => {
  it("pages carry a nonce CSP, nosniff, referrer policy and frame denial", async () => {
    const res = await fetch(`${baseUrl}/login`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    const html = await res.text();
    expect(html).toContain(`nonce="${nonce}"`);
  });

  it("API answers carry a deny-all CSP and nosniff", async () => {
    const res = await fetch(`${baseUrl}/api/v1/me`);
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});

// Security suite: the same headers on every kind of answer, not just one page and one 401.
describe("security headers everywhere", () => {
  const { call, newUser } = apiClient(baseUrl);
  let token: string;
  let cookie: string;
  let projectId: string;

  beforeAll(async () => {
    const user = await newUser("headers");
    token = user.token;
    cookie = await sessionCookie(baseUrl, user.email, user.password);
    projectId = (await call("/api/v1/projects", { token, json: PROJECT })).body.data.id;
  });

  function expectCommon(res: Response, what: string) {
    expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
    expect(res.headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-frame-options"), what).toBe("DENY");
    expect(res.headers.get("strict-transport-security"), what).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get("x-powered-by"), what).toBeNull();
  }

  const pages = () => [
    "/",
    "/login",
    "/register",
    "/lupa-kata-sandi",
    `/reset-kata-sandi?token=${"A".repeat(43)}`,
    "/dashboard",
    "/referensi",
    "/settings/tokens",
    "/settings/password",
    ...PROJECT_TABS.map((t) => `/projects/${projectId}/${t.slug}`),
    `/projects/${projectId}/versi/perbandingan`,
    "/halaman-yang-tidak-ada",
  ];

  it("every page, signed in or not, carries a nonce CSP and the common headers", async () => {
    for (const path of pages()) {
      for (const headers of [{ cookie }, {}] as Record<string, string>[]) {
        const res = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
        const what = `${path} ${headers.cookie ? "signed in" : "anonymous"} → ${res.status}`;
        expectCommon(res, what);
        const csp = res.headers.get("content-security-policy") ?? "";
        expect(csp, what).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
        expect(csp, what).not.toContain("unsafe-eval");
        for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
          expect(csp, what).toContain(directive);
      }
    }
  });

  it("every HTML answer, on any path, forbids foreign base URLs, form targets and framing", async () => {
    // Next's HTML 404 page also answers paths middleware skips or treats as API/health.
    const paths = [
      "/login",
      "/favicon.ico",
      "/favicon.icox",
      "/_next/imagex",
      "/_next/data/x",
      "/api",
      "/apix",
      "/health/x",
      "/metricsx",
      "/api/auth/x",
    ];
    for (const path of paths) {
      const res = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      const csp = res.headers.get("content-security-policy") ?? "";
      const what = `${path} → ${res.status} ${res.headers.get("content-type")}`;
      for (const directive of ["base-uri", "form-action", "frame-ancestors"])
        expect(csp, what).toMatch(new RegExp(`(^|; )${directive} '(self|none)'`));
      expect(csp, what).not.toContain("*");
    }
  });

  it("each page load gets a fresh nonce", async () => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await fetch(`${baseUrl}/login`)).headers.get("content-security-policy") ?? "")?.[1];
    expect(await nonce()).not.toBe(await nonce());
  });

  it("every kind of API answer carries the deny-all CSP and the common headers", async () => {
    const answers: [string, Promise<Response>][] = [
      ["200", fetch(`${baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })],
      [
        "201",
        fetch(`${baseUrl}/api/v1/me/tokens`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: '{"name":"h"}',
        }),
      ],
      ["400", fetch(`${baseUrl}/api/v1/projects?page=x`, { headers: { authorization: `Bearer ${token}` } })],
      ["401", fetch(`${baseUrl}/api/v1/projects`)],
      [
        "403",
        fetch(`${baseUrl}/api/v1/me/tokens`, {
          method: "POST",
          headers: { cookie, origin: "https://evil.example", "content-type": "application/json" },
          body: "{}",
        }),
      ],
      ["404", fetch(`${baseUrl}/api/v1/tidak-ada`)],
      ["405", fetch(`${baseUrl}/api/v1/me`, { method: "PUT" })],
      [
        "413",
        fetch(`${baseUrl}/api/v1/auth/register`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "x".repeat(1_100_000),
        }),
      ],
      ["415", fetch(`${baseUrl}/api/v1/auth/register`, { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" })],
      ["file", fetch(`${baseUrl}/api/v1/projects/${projectId}/exports/rekap-rab.xlsx`, { headers: { authorization: `Bearer ${token}` } })],
      ["next-auth", fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })],
      ["health", fetch(`${baseUrl}/health`)],
      ["health/live", fetch(`${baseUrl}/health/live`)],
      ["metrics", fetch(`${baseUrl}/metrics`)],
    ];
    for (const [what, pending] of answers) {
      const res = await pending;
      expectCommon(res, `${what} → ${res.status}`);
      expect(res.headers.get("content-security-policy"), what).toBe(
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
    }
  });

  it("static assets are nosniff too", async () => {
    const html = await (await fetch(`${baseUrl}/login`)).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    expectCommon(await fetch(`${baseUrl}${asset}`), asset!);
  });
});
