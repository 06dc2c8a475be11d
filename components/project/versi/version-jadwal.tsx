import { Notice } from "@/components/ui/notice";
import type { VersionView } from "@/lib/versions/types";
import { VersionBanner } from "./version-banner";

/**
 * The Jadwal and Kurva S tabs opened on a version: the live views are summed by the database
 * over the live entries (lib/jadwal), and no reader of a version's frozen jadwal exists yet.
 */
export function VersionJadwalUnavailable({ version, liveHref }: { version: Pick<VersionView, "name" | "createdAt">; liveHref: string }) {
  return (
    <div className="space-y-4">
      <VersionBanner version={version} liveHref={liveHref} />
      <Notice tone="info">Jadwal versi belum dapat ditampilkan. Rekap RAB, Rincian AHSP dan Rekap Kebutuhan versi ini dapat dibuka.</Notice>
    </div>
  );
}
