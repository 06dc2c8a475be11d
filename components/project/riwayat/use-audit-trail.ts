"use client";

import { useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";
import { ApiClientError, apiFetchEnvelope } from "@/lib/api/client";
import type { AuditEntryView } from "@/lib/audit/types";
import type { FieldError } from "@/lib/kernel/errors";
import type { Wire } from "@/lib/kernel/wire";
import { filterQuery, filtersFrom, PAGE_SIZE } from "./filters";

export type AuditEntry = Wire<AuditEntryView>;

export interface LoadedTrail {
  /** The filters (filterQuery) these entries answer; another current key means "loading". */
  key: string;
  entries: AuditEntry[];
  nextCursor: string | null;
  pekerjaan: Record<string, string>;
  error: { message: string; fields: FieldError[] } | null;
}

async function fetchPage(projectId: string, key: string, cursor: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams(key);
  params.set("limit", String(PAGE_SIZE));
  if (cursor) params.set("cursor", cursor);
  const body = await apiFetchEnvelope<AuditEntry[]>(`/api/v1/projects/${projectId}/audit?${params}`, signal ? { signal } : {});
  const meta = (body.meta ?? {}) as { nextCursor?: string | null; pekerjaan?: Record<string, string> };
  return { entries: body.data, nextCursor: meta.nextCursor ?? null, pekerjaan: meta.pekerjaan ?? {} };
}

function errorOf(error: unknown): LoadedTrail["error"] {
  if (error instanceof ApiClientError) return { message: error.message, fields: error.fields };
  return { message: "Riwayat tidak dapat dimuat. Coba lagi.", fields: [] };
}

/**
 * The trail as the address filters it. The server read the first page; a change of the address
 * (filters applied, back and forward) reads the first page of the new filters through the API,
 * and "load more" appends the next keyset page.
 */
export function useAuditTrail(projectId: string, initial: LoadedTrail) {
  const params = useSearchParams();
  const key = filterQuery(filtersFrom((k) => params.get(k))).toString();
  const [loaded, setLoaded] = useState(initial);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (loaded.key === key) return;
    const controller = new AbortController();
    fetchPage(projectId, key, null, controller.signal).then(
      (page) => setLoaded({ key, ...page, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, entries: [], nextCursor: null, pekerjaan: {}, error: errorOf(error) });
      },
    );
    return () => controller.abort();
  }, [projectId, key, loaded.key]);

  async function loadMore() {
    if (!loaded.nextCursor || loaded.key !== key) return;
    setLoadingMore(true);
    try {
      const page = await fetchPage(projectId, key, loaded.nextCursor);
      setLoaded((current) =>
        current.key === key
          ? {
              ...current,
              entries: [...current.entries, ...page.entries],
              nextCursor: page.nextCursor,
              pekerjaan: { ...current.pekerjaan, ...page.pekerjaan },
            }
          : current,
      );
    } catch (error) {
      setLoaded((current) => ({ ...current, error: errorOf(error) }));
    } finally {
      setLoadingMore(false);
    }
  }

  return { key, loaded, loading: loaded.key !== key, loadingMore, loadMore };
}
