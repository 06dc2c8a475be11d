import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

describe("/metrics", () => {
  it("refuses a missing or wrong token", async () => {
    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${baseUrl}/metrics`, { headers: { authorization: "Bearer wrong-token-123456" } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("exposes request, rate-limit and pool metrics to the right token", async () => {
    await fetch(`${baseUrl}/api/v1/me`);
    const res = await fetch(`${baseUrl}/metrics`, { headers: { authorization: "Bearer integration-metrics-token" } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/v1\/me",status="401"\} \d+/);
    expect(text).toContain("http_request_duration_seconds_bucket");
    expect(text).toMatch(/rate_limit_decisions_total\{category="read",decision="allowed"\} \d+/);
    expect(text).toContain("rate_limit_fallback_total");
    expect(text).toMatch(/db_pool_connections\{state="total"\} \d+/);
    expect(text).toMatch(/process_resident_memory_bytes [1-9]\d+/);
    expect(text).toMatch(/nodejs_heap_size_used_bytes [1-9]\d+/);
    expect(text).toContain("nodejs_eventloop_lag_p99_seconds");
  });
});
