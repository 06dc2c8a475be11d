import { describe, expect, it } from "vitest";
import { assertStorableText, readBodyBytes, readJsonBody, requestIdOf } from "./request";
import { routePattern } from "@/lib/kernel/route-pattern";
import { ApiError } from "@/lib/kernel/errors";

function jsonRequest(body: string, type = "application/json") {
  return new Request("http://x/api", { method: "POST", body, headers: { "content-type": type } });
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "resolved";
  } catch (e) {
    return e instanceof ApiError ? e.code : "other";
  }
}

describe("readJsonBody", () => {
  it("parses JSON with a charset parameter", async () => {
    await expect(readJsonBody(jsonRequest('{"a":1}', "application/json; charset=utf-8"), 100)).resolves.toEqual({ a: 1 });
  });

  it("rejects other content types, malformed and empty bodies, and oversize", async () => {
    expect(await codeOf(readJsonBody(jsonRequest('{"a":1}', "text/plain"), 100))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await codeOf(readJsonBody(jsonRequest("{bad"), 100))).toBe("VALIDATION_ERROR");
    expect(await codeOf(readJsonBody(jsonRequest("  "), 100))).toBe("VALIDATION_ERROR");
    expect(await codeOf(readJsonBody(jsonRequest(`"${"x".repeat(200)}"`), 100))).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("readJsonBody and UTF-8", () => {
  const bytesRequest = (bytes: number[]) =>
    new Request("http://x/api", { method: "POST", body: new Uint8Array(bytes), headers: { "content-type": "application/json" } });
  const quoted = (inner: number[]) => [0x22, ...inner, 0x22];

  it("refuses invalid UTF-8 instead of replacing it with U+FFFD", async () => {
    for (const bad of [[0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
      expect(await codeOf(readJsonBody(bytesRequest(quoted(bad)), 100)), bad.join(",")).toBe("VALIDATION_ERROR");
    }
  });

  it("reads valid multi-byte text and still refuses a BOM as JSON", async () => {
    await expect(readJsonBody(bytesRequest(quoted([0x6d, 0xc2, 0xb3])), 100)).resolves.toBe("m³");
    expect(await codeOf(readJsonBody(bytesRequest([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 100))).toBe("VALIDATION_ERROR");
  });
});

describe("assertStorableText", () => {
  const fieldsOf = (value: unknown, prefix = "") => {
    try {
      assertStorableText(value, prefix);
      return [];
    } catch (e) {
      return (e as ApiError).details?.fields?.map((f) => f.path);
    }
  };

  it("names every string with a NUL or a lone surrogate, at any depth", () => {
    const body = { name: "a\u0000b", lines: [{ kode: "ok" }, { uraian: "x\ud800" }], parties: { owner: { title: "\udc00" } } };
    expect(fieldsOf(body)?.sort()).toEqual(["lines.1.uraian", "name", "parties.owner.title"]);
    expect(fieldsOf({ q: "\u0000" }, "query")).toEqual(["query.q"]);
  });

  it("lets ordinary text, emoji pairs and quotes through, and survives deep nesting", () => {
    expect(fieldsOf({ name: "Beton 'K-250' \"mutu\" ;-- %_ \\ 😀", n: 1, x: null })).toEqual([]);
    let deep: unknown = "\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(fieldsOf(deep)).toHaveLength(1);
  });
});

describe("readBodyBytes", () => {
  const streamOf = (chunks: number, size: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size).fill(120));
        controller.close();
      },
    });
  const streamed = (body: ReadableStream<Uint8Array>) =>
    new Request("http://x/api", { method: "POST", body, duplex: "half" } as RequestInit);

  it("returns the raw bytes of a body within the limit", async () => {
    const bytes = await readBodyBytes(new Request("http://x/api", { method: "POST", body: new Uint8Array([0, 255, 1]) }), 3);
    expect([...bytes]).toEqual([0, 255, 1]);
    expect((await readBodyBytes(streamed(streamOf(3, 10)), 30)).byteLength).toBe(30);
  });

  it("refuses a declared or a streamed size over the limit", async () => {
    const declared = new Request("http://x/api", { method: "POST", body: "x".repeat(11), headers: { "content-length": "11" } });
    expect(await codeOf(readBodyBytes(declared, 10))).toBe("PAYLOAD_TOO_LARGE");
    expect(await codeOf(readBodyBytes(streamed(streamOf(4, 10)), 30))).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("requestIdOf", () => {
  it("keeps a well-formed incoming id and replaces a hostile one", () => {
    const ok = new Request("http://x", { headers: { "x-request-id": "abc-12345678" } });
    expect(requestIdOf(ok)).toBe("abc-12345678");
    const bad = new Request("http://x", { headers: { "x-request-id": "<script>alert(1)</script>" } });
    expect(requestIdOf(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("routePattern", () => {
  it("folds ids so patterns stay bounded", () => {
    expect(routePattern("/api/v1/projects/0b7f2c1e-8d5a-4c1b-9f3e-2a6d7c8b9e0f/pekerjaan/123")).toBe("/api/v1/projects/:id/pekerjaan/:n");
    expect(routePattern("/api/v1/ahsp")).toBe("/api/v1/ahsp");
  });
});
