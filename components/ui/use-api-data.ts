"use client";

import { useCallback, useState } from "react";
import { apiFetch } from "@/lib/api/client";

/**
 * Data a server component read for the first paint, kept on the client: edits replace it
 * from their responses, and `reload` reads it again from the API (after a 409, or after a
 * change whose effects reach further than its response shows). A fresh server read (the page
 * refreshed after the project's dates changed) replaces it too.
 */
export function useApiData<T>(initial: T, path: string) {
  const [data, setData] = useState(initial);
  const [serverRead, setServerRead] = useState(initial);
  if (serverRead !== initial) {
    setServerRead(initial);
    setData(initial);
  }
  const reload = useCallback(async () => {
    const fresh = await apiFetch<T>(path);
    setData(fresh);
    return fresh;
  }, [path]);
  return { data, setData, reload };
}
