/**
 * The view types of versions (README "Versi dan addendum"): what lib/versions serves and client
 * components render, apart from the services so a component imports no server module.
 */

/** Owner's estimate (HPS/OE), contract, addendum (CCO), anything else. */
export const VERSION_KINDS = ["oe", "kontrak", "addendum", "lainnya"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  oe: "HPS/OE",
  kontrak: "Kontrak",
  addendum: "Addendum",
  lainnya: "Lainnya",
};

/** The Rekap RAB's printed totals when the version was taken, decimal strings. */
export interface VersionTotals {
  totalBiayaLangsung: string;
  ppn: string;
  total: string;
  pembulatan: string;
}

/** A version as every list and answer shows it: never its snapshot. */
export interface VersionView {
  id: string;
  name: string;
  kind: VersionKind;
  note: string | null;
  /** Taken by a restore, of the state it replaced. */
  automatic: boolean;
  createdAt: Date;
  /** Null once the account is gone. */
  createdBy: { id: string; name: string } | null;
  pekerjaanCount: number;
  totals: VersionTotals;
}
