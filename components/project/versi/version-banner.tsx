import Link from "next/link";
import type { VersionView } from "@/lib/versions/types";
import { versionDate } from "./versions";

/**
 * Above a report tab opened on a version: which one, that nothing can be changed here, and the
 * way back to the live estimate (the same tab without ?versi=).
 */
export function VersionBanner({ version, liveHref }: { version: Pick<VersionView, "name" | "createdAt">; liveHref: string }) {
  return (
    <div
      role="status"
      data-testid="version-banner"
      className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="min-w-0 break-words">
        <strong>Versi {version.name}</strong> · {versionDate(new Date(version.createdAt).toISOString())} — hanya baca
      </p>
      <Link href={liveHref} className="font-medium underline">
        Kembali ke estimasi saat ini
      </Link>
    </div>
  );
}
