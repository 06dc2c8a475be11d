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
