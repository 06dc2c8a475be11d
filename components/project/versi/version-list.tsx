"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { formatMoney } from "@/lib/format/number";
import { DELTA_TEXT, deltaDirection, formatSignedMoney } from "./delta";
import { VERSION_KIND_LABELS } from "@/lib/versions/types";
import { LIVE, type VersionSummary, type VersionWithDifference, versionDate, withDifferences } from "./versions";

const compareHref = (projectId: string, from: string, to: string) =>
  `/projects/${projectId}/versi/perbandingan?${new URLSearchParams({ from, to })}`;

/**
 * The project's versions, newest first: kind, author, time (WIB), totals and the change of D
 * against the version before, with links to compare. Owners may restore one.
 */
export function VersionList({ projectId, versions, canRestore }: { projectId: string; versions: VersionSummary[]; canRestore: boolean }) {
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  if (versions.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
        Belum ada versi. Simpan versi pertama, misalnya Kontrak, sebelum addendum.
      </p>
    );
  return (
    <>
      <ul aria-label="Daftar versi" className="space-y-3">
        {withDifferences(versions).map((version) => (
          <VersionItem key={version.id} projectId={projectId} version={version} onRestore={canRestore ? setRestoring : undefined} />
        ))}
      </ul>
      <RestoreDialog projectId={projectId} version={restoring} onClose={() => setRestoring(null)} />
    </>
  );
}

function VersionItem(props: { projectId: string; version: VersionWithDifference; onRestore: ((v: VersionSummary) => void) | undefined }) {
  const { version, projectId } = props;
  const direction = version.difference === null ? null : deltaDirection(version.difference);
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="min-w-0 font-semibold break-words">{version.name}</h3>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{VERSION_KIND_LABELS[version.kind]}</span>
        {version.automatic && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">otomatis</span>}
      </div>
      <p className="text-sm text-slate-600">
        {versionDate(version.createdAt)} · {version.createdBy?.name ?? "Pengguna terhapus"}
      </p>
      {version.note && <p className="text-sm break-words whitespace-pre-line">{version.note}</p>}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Biaya langsung (D)</dt>
          <dd className="tabular-nums">Rp {formatMoney(version.totals.totalBiayaLangsung)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Total (D + PPN)</dt>
          <dd className="tabular-nums">Rp {formatMoney(version.totals.total)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Selisih D dari versi sebelumnya</dt>
          <dd className={`tabular-nums ${direction ? DELTA_TEXT[direction] : ""}`}>
            {version.difference === null
              ? "— (versi pertama)"
              : `${formatSignedMoney(version.difference)} (${direction === "kurang" ? "kurang" : direction === "tambah" ? "tambah" : "tetap"})`}
          </dd>
        </div>
      </dl>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {version.previous && (
          <Link href={compareHref(projectId, version.previous.id, version.id)} className="font-medium text-brand-700 underline">
            Bandingkan dengan sebelumnya
          </Link>
        )}
        <Link href={compareHref(projectId, version.id, LIVE)} className="font-medium text-brand-700 underline">
          Bandingkan dengan estimasi saat ini
        </Link>
        {props.onRestore && (
          <Button variant="secondary" className="ml-auto px-3 py-1.5" onClick={() => props.onRestore!(version)}>
            Pulihkan
            <span className="sr-only"> versi {version.name}</span>
          </Button>
        )}
      </div>
    </li>
  );
}

/** The owner's confirmation: restoring replaces the live estimate, which is first kept as an automatic version. */
function RestoreDialog({ projectId, version, onClose }: { projectId: string; version: VersionSummary | null; onClose: () => void }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore(target: VersionSummary) {
    setBusy(true);
    setError(null);
    try {
      await apiFetch(`/api/v1/projects/${projectId}/versions/${target.id}/restore`, { method: "POST" });
      onClose();
      router.refresh();
    } catch (e) {
      setError(asClientError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={version !== null} onClose={onClose} title={`Pulihkan versi "${version?.name ?? ""}"?`}>
      <div className="space-y-4 text-sm">
        <p>
          Estimasi saat ini diganti dengan isi versi ini: pekerjaan, volume, analisa, harga, pengaturan harga dan jadwal. Sebelumnya
          estimasi saat ini disimpan dulu sebagai versi otomatis, sehingga tidak ada yang hilang.
        </p>
        {error && <Notice tone="error">{error}</Notice>}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Batal
          </Button>
          <Button onClick={() => version && void restore(version)} disabled={busy}>
            {busy ? "Memulihkan…" : "Pulihkan"}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
