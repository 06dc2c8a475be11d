"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";

/**
 * An archived project is read-only until restored: the workspace shows this instead of its
 * tabs. Only the owner restores (POST …/restore needs "own"); the others are told whom to ask.
 */
export function ArchivedNotice({ projectId, canRestore }: { projectId: string; canRestore: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function restore() {
    setBusy(true);
    try {
      await apiFetch(`/api/v1/projects/${projectId}/restore`, { method: "POST" });
      router.refresh();
    } catch (e) {
      setError(asClientError(e).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="mt-6 space-y-3">
      <Notice tone="warning">
        <div className="flex flex-wrap items-center justify-between gap-3">
          {canRestore ? (
            <>
              <p>Proyek ini diarsipkan. Pulihkan untuk menyunting atau melihat RAB-nya.</p>
              <Button onClick={() => void restore()} disabled={busy}>
                Pulihkan proyek
              </Button>
            </>
          ) : (
            <p>Proyek ini diarsipkan oleh pemiliknya. Minta pemilik memulihkannya untuk melihat RAB-nya.</p>
          )}
        </div>
      </Notice>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
