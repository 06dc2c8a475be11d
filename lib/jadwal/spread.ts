/**
 * "Spread evenly": a pekerjaan's 100% over weeks from … to, each week the same share cut
 * to 2 dp, the rounding remainder in the last week (100 over 3 weeks: 33,33 / 33,33 / 33,34).
 * Cutting rather than rounding keeps the remainder non-negative whatever the week count.
 */
import { Decimal, HUNDRED } from "@/lib/calc/decimal";

export function evenSpread(fromWeek: number, toWeek: number): { week: number; planned: Decimal }[] {
  const weeks = toWeek - fromWeek + 1;
  const share = HUNDRED.div(weeks).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const last = HUNDRED.minus(share.times(weeks - 1));
  return Array.from({ length: weeks }, (_, i) => ({ week: fromWeek + i, planned: i === weeks - 1 ? last : share }));
}
