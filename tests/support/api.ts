import { randomUUID } from "node:crypto";

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  method?: string;
  json?: unknown;
  body?: BodyInit;
  token?: string;
  headers?: Record<string, string>;
}

/** A thin HTTP client for tests: raw status, headers and parsed body. */
export function apiClient(baseUrl: string) {
  async function call<T = any>(path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.json !== undefined) headers["content-type"] ??= "application/json";
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? (options.json !== undefined || options.body !== undefined ? "POST" : "GET"),
      headers,
      body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // non-JSON answers stay as text
    }
    return { status: res.status, headers: res.headers, body: body as T };
  }

  /** Registers a fresh user and exchanges its credentials for a bearer token. */
  async function newUser(label = "user") {
    const email = `${label}-${randomUUID()}@test.local`;
    const password = "rahasia-123";
    const reg = await call("/api/v1/auth/register", { json: { email, password, name: `Uji ${label}` } });
    if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${JSON.stringify(reg.body)}`);
    const tok = await call("/api/v1/auth/tokens", { json: { email, password, name: "test" } });
    if (tok.status !== 201) throw new Error(`token exchange failed: ${tok.status} ${JSON.stringify(tok.body)}`);
    return { id: reg.body.data.id as string, email, password, token: tok.body.data.token as string };
  }

  return { call, newUser };
}
