"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { LIVE_NAME } from "@/lib/versions/types";
import { VERSION_REPORT_TABS } from "../tabs";
import { type VersionOption, versionDate, versionOptionLabel } from "./versions";

/**
 * "Tampilkan": the live estimate or one of the versions (newest first) on the report tabs. A
 * GET form, so it works without JavaScript (the button); with it, choosing navigates at once.
 * From a tab that can not show a version it opens the Rekap RAB.
 */
export function VersionSwitcher({ projectId, versions }: { projectId: string; versions: VersionOption[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams().get("versi") ?? "";
  const onReport = VERSION_REPORT_TABS.some((slug) => pathname === `/projects/${projectId}/${slug}`);
  const action = onReport ? pathname : `/projects/${projectId}/rekap-rab`;

  return (
    <form action={action} method="get" className="flex max-w-full flex-wrap items-center gap-2 text-sm">
      <label htmlFor="version-switcher" className="font-medium text-slate-700">
        Tampilkan
      </label>
      <select
        id="version-switcher"
        name="versi"
        value={onReport ? current : ""}
        onChange={(e) => router.push(e.target.value ? `${action}?versi=${e.target.value}` : action)}
        className="max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5"
      >
        <option value="">{LIVE_NAME}</option>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionOptionLabel(v)} · {versionDate(v.createdAt)}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5">
          Buka
        </button>
      </noscript>
    </form>
  );
}
