/**
 * The project workspace's steps, in the estimator's order. The workspace layout renders
 * these as tabs; each is a page under /projects/{projectId}/{slug}.
 */
export const PROJECT_TABS = [
  { slug: "pekerjaan", label: "List Pekerjaan" },
  { slug: "volume", label: "Volume" },
  { slug: "analisa", label: "Analisa" },
  { slug: "harga-items", label: "Harga Items" },
  { slug: "rincian-ahsp", label: "Rincian AHSP" },
  { slug: "rekap-rab", label: "Rekap RAB" },
  { slug: "rekap-kebutuhan", label: "Rekap Kebutuhan" },
  { slug: "jadwal", label: "Jadwal" },
  { slug: "kurva-s", label: "Kurva S" },
  { slug: "versi", label: "Versi" },
] as const;

export type ProjectTabSlug = (typeof PROJECT_TABS)[number]["slug"];

/** The report tabs a version opens on, read-only (?versi=, README "Versi dan addendum"); the tabs keep ?versi= between them. */
export const VERSION_REPORT_TABS: readonly ProjectTabSlug[] = ["rincian-ahsp", "rekap-rab", "rekap-kebutuhan", "jadwal", "kurva-s"];
