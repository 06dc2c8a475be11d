/**
 * Raw SQL with its rows parsed. `$queryRaw<Row[]>` only asserts a type: a renamed or retyped
 * column would still typecheck and then surface as `undefined` far from the query. Here every
 * row is checked against an exact zod schema (z.strictObject: no missing and no extra column,
 * nothing coerced; decimals are selected as ::text and stay strings), and a mismatch throws
 * an error naming the query and the column, which the route wrapper turns into a plain 500.
 * Declare schemas once at module level: zod compiles a schema's parser on its first use.
 */
import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The client or a transaction: both run raw SQL. */
export type SqlRunner = Pick<PrismaClient | Prisma.TransactionClient, "$queryRaw">;

/** Runs `sql` and parses every row with `row`; `name` identifies the query in errors. */
export async function queryRows<S extends z.ZodType>(db: SqlRunner, name: string, row: S, sql: Prisma.Sql): Promise<z.output<S>[]> {
  return parseRows(name, row, await db.$queryRaw<unknown[]>(sql));
}

/** Every row through `row`; throws on the first one that does not match. */
export function parseRows<S extends z.ZodType>(name: string, row: S, rows: readonly unknown[]): z.output<S>[] {
  return rows.map((value, index) => {
    const result = row.safeParse(value);
    if (!result.success) throw new RowShapeError(name, index, result.error);
    return result.data;
  });
}

export class RowShapeError extends Error {
  constructor(query: string, index: number, error: z.ZodError) {
    // zod's messages name the expected type, or the unrecognized keys themselves.
    const problems = error.issues.map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`);
    super(`Query "${query}" returned an unexpected row ${index}: ${problems.join("; ")}`);
    this.name = "RowShapeError";
  }
}
