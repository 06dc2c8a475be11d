import { describe, expect, it } from "vitest";
import { mintToken, tokenUserId } from "./token-format";

const userId = "0b7f2c1e-8d5a-4c1b-9f3e-2a6d7c8b9e0f";
const secret = "s".repeat(40);

describe("token format", () => {
  it("round-trips the user id for a correctly signed token", () => {
    const token = mintToken(userId, secret);
    expect(token).toMatch(/^rab_[0-9a-f]{32}\.[\w-]+\.[\w-]+$/);
    expect(tokenUserId(token, secret)).toBe(userId);
  });

  it("rejects a token whose user id was swapped (forged bucket)", () => {
    const token = mintToken(userId, secret);
    const forged = token.replace(userId.replaceAll("-", "").slice(0, 4), "ffff");
    expect(tokenUserId(forged, secret)).toBeNull();
  });

  it("rejects other secrets, garbage and oversize input", () => {
    expect(tokenUserId(mintToken(userId, secret), "t".repeat(40))).toBeNull();
    expect(tokenUserId("rab_abc", secret)).toBeNull();
    expect(tokenUserId("Bearer x", secret)).toBeNull();
    expect(tokenUserId(`rab_${"a".repeat(300)}`, secret)).toBeNull();
  });

  it("makes every token unique", () => {
    expect(mintToken(userId, secret)).not.toBe(mintToken(userId, secret));
  });
});
