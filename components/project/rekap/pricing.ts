import { Decimal } from "@/lib/calc/decimal";
import type { PricingView } from "@/lib/projects/types";

export interface Pricing extends PricingView {
  /** The project's editVersion the settings were read at: the form re-mounts with fresh values when it moves. */
  editVersion: number;
}

/**
 * The pricing settings of a project as read from the API (which carries more fields). Not in
 * the "use client" form module: the server page calls it too.
 */
export function pricingOf(p: Pricing): Pricing {
  const { overheadProfitPercent, ppnPercent, roundingBase, unitPriceRounding, editVersion } = p;
  return { overheadProfitPercent, ppnPercent, roundingBase, unitPriceRounding, editVersion };
}

/**
 * The fields the person changed against the settings the form was read with: a save sends only
 * those, so keeping a draft on top of someone else's change (a 412) keeps their other settings.
 */
export function changedPricing(body: PricingView, read: PricingView): Partial<PricingView> {
  const changed: Partial<PricingView> = {};
  if (!new Decimal(body.overheadProfitPercent).eq(read.overheadProfitPercent)) changed.overheadProfitPercent = body.overheadProfitPercent;
  if (!new Decimal(body.ppnPercent).eq(read.ppnPercent)) changed.ppnPercent = body.ppnPercent;
  if (body.roundingBase !== read.roundingBase) changed.roundingBase = body.roundingBase;
  if (body.unitPriceRounding !== read.unitPriceRounding) changed.unitPriceRounding = body.unitPriceRounding;
  return changed;
}
