"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";

/** An archived project is read-only until restored: the workspace shows this instead of its tabs. */
export function ArchivedNotice({ projectId }: { projectId: string }) {
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
          <p>Proyek ini diarsipkan. Pulihkan untuk menyunting atau melihat RAB-nya.</p>
          <Button onClick={() => void restore()} disabled={busy}>
            Pulihkan proyek
          </Button>
        </div>
      </Notice>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
