import { describe, expect, it } from "vitest";
import { clientIp } from "./identity";

const headers = (h: Record<string, string>) => new Headers(h);

describe("clientIp", () => {
  it("ignores X-Forwarded-For without trusted proxies", () => {
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6", "x-rab-remote-addr": "10.1.1.1" }), 0)).toBe("10.1.1.1");
  });

  it("takes the entry our own proxies appended, not what the client wrote", () => {
    const h = headers({ "x-forwarded-for": "6.6.6.6, 1.2.3.4", "x-rab-remote-addr": "10.0.0.2" });
    expect(clientIp(h, 1)).toBe("1.2.3.4");
    const two = headers({ "x-forwarded-for": "spoof, 1.2.3.4, 10.0.0.9", "x-rab-remote-addr": "10.0.0.2" });
    expect(clientIp(two, 2)).toBe("1.2.3.4");
  });

  it("falls back to the socket address when the chain is shorter than the hops", () => {
    expect(clientIp(headers({ "x-rab-remote-addr": "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });
});
