/**
 * What a value looks like after JSON: Dates become ISO strings. Server components hand
 * client components data in this shape, the same shape apiFetch returns for it, so one
 * client type serves the first paint and every reload.
 */
export type Wire<T> = T extends Date ? string : T extends (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

export function toWire<T>(value: T): Wire<T> {
  return JSON.parse(JSON.stringify(value)) as Wire<T>;
}
