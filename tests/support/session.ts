/** Drives next-auth's credentials flow over HTTP, the way a browser does. */
export interface BrowserLogin {
  /** Every cookie the browser now holds, as a Cookie header. */
  cookie: string;
  /** The raw Set-Cookie line of the session cookie, with its attributes. */
  sessionSetCookie: string;
}

export async function login(baseUrl: string, email: string, password: string): Promise<BrowserLogin> {
  const csrf = await csrfToken(baseUrl, "");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl },
    body: new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true" }),
  });
  const sessionSetCookie = res.headers.getSetCookie().find((c) => /next-auth\.session-token=/.test(c));
  if (!sessionSetCookie) throw new Error(`login failed with status ${res.status}`);
  return { cookie: mergeCookies(csrf.cookie, [sessionSetCookie]), sessionSetCookie };
}

export async function logout(baseUrl: string, cookie: string): Promise<void> {
  const csrf = await csrfToken(baseUrl, cookie);
  await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl },
    body: new URLSearchParams({ csrfToken: csrf.token, json: "true" }),
  });
}

/** Just the Cookie header of a fresh login. */
export async function sessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  return (await login(baseUrl, email, password)).cookie;
}

export async function csrfToken(baseUrl: string, cookie: string): Promise<{ token: string; cookie: string; setCookies: string[] }> {
  const res = await fetch(`${baseUrl}/api/auth/csrf`, { headers: cookie ? { cookie } : {} });
  const { csrfToken: token } = (await res.json()) as { csrfToken: string };
  const setCookies = res.headers.getSetCookie();
  return { token, cookie: mergeCookies(cookie, setCookies), setCookies };
}

function mergeCookies(header: string, setCookies: string[]): string {
  const jar = new Map(
    header
      .split("; ")
      .filter(Boolean)
      .map((c) => [c.split("=")[0]!, c] as const),
  );
  for (const line of setCookies) {
    const pair = line.split(";")[0]!;
    jar.set(pair.split("=")[0]!, pair);
  }
  return [...jar.values()].join("; ");
}
