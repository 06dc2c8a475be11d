import { describe, expect, it } from "vitest";
import { RateLimiter } from "./limiter";
import { DEFAULT_LIMITS } from "./policy";
import { FallbackStore, MemoryStore, type RateLimitStore } from "./store";

const limits = { ...DEFAULT_LIMITS, write: { limit: 3, windowSeconds: 60 } };

describe("RateLimiter over the memory store", () => {
  it("allows exactly `limit` hits, then rejects with remaining 0", async () => {
    const limiter = new RateLimiter(new MemoryStore(), limits);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.check("write", "/api/v1/x", ["u:1"]));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3]).toMatchObject({ category: "write", limit: 3, windowSeconds: 60 });
    expect(decisions[3]!.resetSeconds).toBeGreaterThanOrEqual(59);
  });

  it("separates users and routes", async () => {
    const limiter = new RateLimiter(new MemoryStore(), limits);
    for (let i = 0; i < 3; i++) await limiter.check("write", "/a", ["u:1"]);
    expect((await limiter.check("write", "/a", ["u:1"])).allowed).toBe(false);
    expect((await limiter.check("write", "/a", ["u:2"])).allowed).toBe(true);
    expect((await limiter.check("write", "/b", ["u:1"])).allowed).toBe(true);
  });
});

describe("FallbackStore", () => {
  it("falls back when the primary throws and reports each use", async () => {
    const down = () => Promise.reject(new Error("down"));
    const failing: RateLimitStore = { hit: down, refund: down, claim: down };
    const seen: unknown[] = [];
    const store = new FallbackStore(failing, new MemoryStore(), (e) => seen.push(e));
    const [first] = await store.hit(["k"], 1000);
    const [second] = await store.hit(["k"], 1000);
    expect([first!.count, second!.count]).toEqual([1, 2]);
    expect(seen).toHaveLength(2);
  });
});

describe("MemoryStore refund and claim", () => {
  it("takes a hit back only while its window is open", async () => {
    const store = new MemoryStore();
    await store.hit(["k"], 1000);
    await store.hit(["k"], 1000);
    await store.refund(["k", "never-hit"]);
    expect((await store.hit(["k"], 1000))[0]!.count).toBe(2);
    expect((await store.hit(["never-hit"], 1000))[0]!.count).toBe(1);
  });

  it("grants a claim once per ttl", async () => {
    const store = new MemoryStore();
    expect(await store.claim("c", 50)).toBe(true);
    expect(await store.claim("c", 50)).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
    expect(await store.claim("c", 50)).toBe(true);
  });
});
