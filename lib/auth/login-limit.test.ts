import { describe, expect, it, vi } from "vitest";
import { MemoryStore } from "@/lib/rate-limit/store";

vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  const settings = { DATABASE_URL: "postgresql://u@localhost/db", RATE_LIMIT_LOGIN_ACCOUNT: "3/900", RATE_LIMIT_LOGIN_IP: "5/60" };
  return { ...actual, env: () => actual.parseEnv(settings) };
});
const { beginLoginAttempt } = await import("./login-limit");

async function attempt(store: MemoryStore, ip: string, email: string | null, failed: boolean) {
  const a = await beginLoginAttempt(ip, email, store);
  if (a.refused) return a.refused;
  await a.settle(failed);
  return null;
}

describe("failed-login limits", () => {
  it("refuses an account after its failures, from any address", async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 3; i++) expect(await attempt(store, `10.0.0.${i}`, "a@x.id", true)).toBeNull();
    const refused = await attempt(store, "10.0.0.99", "a@x.id", false);
    expect(refused).toMatchObject({ category: "login", identity: "account:a@x.id", limit: 3, windowSeconds: 900 });
    // Another account from the same addresses is untouched.
    expect(await attempt(store, "10.0.0.0", "b@x.id", true)).toBeNull();
  });

  it("never counts successes: many accounts sign in from one address", async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 50; i++) expect(await attempt(store, "10.1.1.1", `user-${i}@x.id`, false)).toBeNull();
  });

  it("refuses an address after its failures over many accounts", async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 5; i++) expect(await attempt(store, "10.2.2.2", `spray-${i}@x.id`, true)).toBeNull();
    expect(await attempt(store, "10.2.2.2", "fresh@x.id", false)).toMatchObject({ identity: "ip:10.2.2.2", limit: 5 });
  });

  it("counts attempts in flight, so parallel guesses cannot all pass", async () => {
    const store = new MemoryStore();
    const attempts = await Promise.all(Array.from({ length: 8 }, () => beginLoginAttempt("10.3.3.3", "p@x.id", store)));
    expect(attempts.filter((a) => a.refused === null)).toHaveLength(3);
  });
});
