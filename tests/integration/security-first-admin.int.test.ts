// Security suite, first admin: on a fresh install, parallel registrations make exactly one
// admin, whatever the timing (the database decides, not a count read before the insert).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { freshDatabase, query } from "../support/database";
import { startServer, type RunningServer } from "../support/server";

const DATABASE = `rab_test_first_admin${process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : ""}`;

describe("the first admin of a fresh install", () => {
  let server: RunningServer;
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await freshDatabase(DATABASE);
    server = await startServer(3562, { DATABASE_URL: databaseUrl, REDIS_URL: inject("redisUrl") });
  });
  afterAll(() => server?.stop());

  it("is exactly one of 10 parallel registrations", async () => {
    const { call } = apiClient(server.url);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call("/api/v1/auth/register", { json: { email: `akun-${i}@test.local`, password: "rahasia-perdana-77", name: `Pengguna ${i}` } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(answers.filter((a) => a.body.data.isAdmin)).toHaveLength(1);
    const [row] = await query<{ admins: number; users: number }>(
      databaseUrl,
      `SELECT count(*) FILTER (WHERE "isAdmin")::int AS admins, count(*)::int AS users FROM "User"`,
    );
    expect(row).toEqual({ admins: 1, users: 10 });
    // Later accounts are never admin, even one at a time.
    const later = await call("/api/v1/auth/register", {
      json: { email: "nanti@test.local", password: "rahasia-perdana-77", name: "Nanti" },
    });
    expect(later.body.data.isAdmin).toBe(false);
  });
});
