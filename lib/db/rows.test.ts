import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseRows, queryRows, RowShapeError, type SqlRunner } from "./rows";

const ROW = z.strictObject({ id: z.string(), harga: z.string(), note: z.string().nullable() });

/** A client whose $queryRaw answers `rows`, as PostgreSQL would after a column rename. */
const answering = (rows: unknown[]) => ({ $queryRaw: () => Promise.resolve(rows) }) as unknown as SqlRunner;

describe("queryRows", () => {
  it("returns rows that match the schema exactly", async () => {
    const rows = [{ id: "a", harga: "1500.00", note: null }];
    await expect(queryRows(answering(rows), "t.ok", ROW, Prisma.sql`SELECT 1`)).resolves.toEqual(rows);
  });

  it("names the query, the row and the key when a column was renamed", async () => {
    const renamed = [
      { id: "a", harga: "1", note: null },
      { id: "b", price: "2", note: null },
    ];
    const run = queryRows(answering(renamed), "harga.views", ROW, Prisma.sql`SELECT 1`);
    await expect(run).rejects.toThrow(RowShapeError);
    await expect(run).rejects.toThrow(/^Query "harga\.views" returned an unexpected row 1: harga: .*expected string.*; row: .*"price"/);
  });

  it("rejects an extra column, so a selected-but-unused rename is caught too", () => {
    expect(() => parseRows("t.extra", ROW, [{ id: "a", harga: "1", note: null, extra: 1 }])).toThrow(/row 0: row: .*"extra"/);
  });

  it("coerces nothing: a numeric column that arrives as a number is an error, not a string", () => {
    expect(() => parseRows("t.decimal", ROW, [{ id: "a", harga: 1500, note: null }])).toThrow(/row 0: harga: .*expected string/);
  });

  it("keeps strictness through extend() and omit(), which the repositories use to derive rows", () => {
    const wider = ROW.extend({ usedBy: z.number() });
    expect(() => parseRows("t.wider", wider, [{ id: "a", harga: "1", note: null, usedBy: 1, other: 2 }])).toThrow(/"other"/);
    const narrower = ROW.omit({ note: true });
    expect(() => parseRows("t.narrower", narrower, [{ id: "a", harga: "1", note: null }])).toThrow(/row 0: row: .*"note"/);
  });
});
