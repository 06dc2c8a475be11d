/**
 * The Riwayat page's filters as they live in its address (`?entity=&userId=&from=&to=`), so a
 * filtered view can be shared. No directive: the server page and the client trail both read them.
 */
export const FILTER_KEYS = ["entity", "userId", "from", "to"] as const;
export type AuditFilters = Record<(typeof FILTER_KEYS)[number], string>;

export function filtersFrom(get: (key: string) => string | null | undefined): AuditFilters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, get(key)?.trim() ?? ""])) as AuditFilters;
}

/** The set filters in a fixed order: the address, the API's query and the key of what is loaded. */
export function filterQuery(filters: AuditFilters): URLSearchParams {
  return new URLSearchParams(FILTER_KEYS.flatMap((key) => (filters[key] ? [[key, filters[key]]] : [])));
}

/** Entries per page, the server's first and each "Muat lebih banyak". */
export const PAGE_SIZE = 50;
