"use client";

import { useEffect, useState } from "react";
import { useDebounced } from "@/components/ui/use-debounced";
import { ApiClientError, apiFetchEnvelope } from "@/lib/api/client";
import type { SearchHit } from "@/lib/reference/types";

export interface SearchFilters {
  q: string;
  edition: string;
  kategori: string;
}

interface SearchMeta {
  nextCursor: string | null;
  correctedQuery: string | null;
}

interface Loaded extends SearchMeta {
  /** The request these results answer; a different current key means "loading". */
  key: string;
  items: SearchHit[];
  error: string | null;
}

const DEBOUNCE_MS = 200;
const PAGE_SIZE = "20";

function searchPath(filters: SearchFilters, cursor?: string): string {
  const params = new URLSearchParams({ q: filters.q, limit: PAGE_SIZE });
  if (filters.edition) params.set("edition", filters.edition);
  if (filters.kategori) params.set("kategori", filters.kategori);
  if (cursor) params.set("cursor", cursor);
  return `/api/v1/ahsp?${params}`;
}

async function fetchPage(path: string, signal?: AbortSignal): Promise<{ items: SearchHit[] } & SearchMeta> {
  const body = await apiFetchEnvelope<SearchHit[]>(path, signal ? { signal } : {});
  const meta = (body.meta ?? {}) as Partial<SearchMeta>;
  return { items: body.data, nextCursor: meta.nextCursor ?? null, correctedQuery: meta.correctedQuery ?? null };
}

function errorText(error: unknown): string {
  return error instanceof ApiClientError ? error.message : "Pencarian gagal. Coba lagi.";
}

/**
 * Instant search: typing is debounced, a newer request aborts the older one, and "load
 * more" appends the next keyset page.
 */
export function useAhspSearch(filters: SearchFilters) {
  const q = useDebounced(filters.q, DEBOUNCE_MS);
  const path = searchPath({ ...filters, q });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchPage(path, controller.signal).then(
      (page) => setLoaded({ key: path, ...page, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({ key: path, items: [], nextCursor: null, correctedQuery: null, error: errorText(error) });
      },
    );
    return () => controller.abort();
  }, [path]);

  async function loadMore() {
    if (!loaded?.nextCursor || loaded.key !== path) return;
    setLoadingMore(true);
    try {
      const page = await fetchPage(searchPath({ ...filters, q }, loaded.nextCursor));
      setLoaded((current) =>
        current?.key === path ? { ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor } : current,
      );
    } catch (error) {
      setLoaded((current) => (current ? { ...current, error: errorText(error) } : current));
    } finally {
      setLoadingMore(false);
    }
  }

  const current = loaded?.key === path ? loaded : null;
  return {
    items: current?.items ?? loaded?.items ?? [],
    nextCursor: current?.nextCursor ?? null,
    correctedQuery: current?.correctedQuery ?? null,
    error: current?.error ?? null,
    loading: current === null || filters.q !== q,
    loadingMore,
    loadMore,
  };
}
