/** The dashboard's filters as one Prisma condition (lib/projects/filters.ts): the list, stats and export share it. */
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDbDecimal } from "@/lib/kernel/decimal";
import type { ProjectFilters } from "./filters";
import type { ProjectRole } from "./roles";
import { type DateBounds, statusDateRanges } from "./status";
import { fromIsoDate } from "./view";

/** `today`: the WIB calendar day the status filter is judged on (lib/projects/status.ts). */
export function projectWhere(userId: string, filters: ProjectFilters, today: string): Prisma.ProjectWhereInput {
  const { q, archived, role, year, fundingSource, status, budgetMin, budgetMax, from, to } = filters;
  const and: Prisma.ProjectWhereInput[] = [withRole(userId, role)];
  if (q) and.push({ OR: searchFields(q) });
  if (year !== undefined) and.push({ fiscalYear: year });
  if (fundingSource) and.push({ fundingSource: { equals: fundingSource, mode: "insensitive" } });
  if (budgetMin || budgetMax) {
    and.push({ ownerBudget: { ...(budgetMin && { gte: toDbDecimal(budgetMin) }), ...(budgetMax && { lte: toDbDecimal(budgetMax) }) } });
  }
  // Overlap of the calendar [startDate, endDate] with [from, to].
  if (to) and.push({ startDate: { lte: fromIsoDate(to) } });
  if (from) and.push({ endDate: { gte: fromIsoDate(from) } });
  if (status) {
    const { startDate, endDate } = statusDateRanges(status, today);
    if (startDate) and.push({ startDate: dates(startDate) });
    if (endDate) and.push({ endDate: dates(endDate) });
  }
  return { AND: and, archivedAt: archived ? { not: null } : null };
}

function dates(bounds: DateBounds): Prisma.DateTimeFilter {
  return Object.fromEntries(Object.entries(bounds).map(([op, day]) => [op, fromIsoDate(day)]));
}

function withRole(userId: string, role: ProjectRole | undefined): Prisma.ProjectWhereInput {
  if (role === "owner") return { ownerId: userId };
  if (role) return { members: { some: { userId, role } } };
  return { OR: [{ ownerId: userId }, { members: { some: { userId } } }] };
}

function searchFields(q: string): Prisma.ProjectWhereInput[] {
  // Prisma passes `contains` into LIKE as is: "%" and "_" must match themselves, not patterns.
  const literal = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return (["name", "location", "client"] as const).map((f) => ({ [f]: { contains: literal, mode: "insensitive" } }));
}
