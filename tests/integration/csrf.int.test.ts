import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { sessionCookie } from "../support/session";

const baseUrl = inject("baseUrl");
const { call, newUser } = apiClient(baseUrl);

describe("CSRF protection for cookie sessions", () => {
  let cookie: string;
  let token: string;

  beforeAll(async () => {
    const user = await newUser("csrf");
    token = user.token;
    cookie = await sessionCookie(baseUrl, user.email, user.password);
  });

  it("rejects a cross-site text/plain form post carrying JSON", async () => {
    const res = await call("/api/v1/me/tokens", {
      body: JSON.stringify({ name: "evil" }),
      headers: { cookie, "content-type": "text/plain", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
    const list = await call("/api/v1/me/tokens", { token });
    expect(list.body.data.map((t: { name: string }) => t.name)).not.toContain("evil");
  });

  it("rejects a cross-origin JSON post even with the right content type", async () => {
    const res = await call("/api/v1/me/tokens", {
      json: { name: "evil2" },
      headers: { cookie, origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
  });

  it("accepts a same-origin JSON post from the app", async () => {
    const res = await call("/api/v1/me/tokens", {
      json: { name: "from-app" },
      headers: { cookie, origin: baseUrl, "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(201);
  });

  it("requires application/json for cookie mutations from our origin", async () => {
    const res = await call("/api/v1/me/tokens", {
      body: JSON.stringify({ name: "plain" }),
      headers: { cookie, origin: baseUrl, "content-type": "text/plain" },
    });
    expect(res.status).toBe(415);
  });

  it("exempts bearer requests, which carry no ambient credential", async () => {
    const res = await call("/api/v1/me/tokens", { token, json: { name: "script" }, headers: { origin: "https://elsewhere.example" } });
    expect(res.status).toBe(201);
  });

  it("lets a cookie session read without an Origin header", async () => {
    const res = await call("/api/v1/me", { headers: { cookie } });
    expect(res.status).toBe(200);
  });
});
