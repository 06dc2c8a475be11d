import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { SecurityEventFilters, SecurityEventTable } from "@/components/admin/security-events";
import { ApiError } from "@/lib/kernel/errors";
import { requireUser } from "@/lib/auth/session";
import { adminSecurityEvents } from "@/lib/security-events/admin";

export const metadata = { title: "Peristiwa keamanan" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Admins only: anyone else gets the not-found page, as from the API. */
export default async function SecurityEventsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!user.isAdmin) notFound();
  const params = toSearchParams(await searchParams);
  const loaded = await adminSecurityEvents(user, params).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "VALIDATION_ERROR") return error;
    throw error;
  });
  return (
    <AppShell user={user}>
      <h1 className="text-2xl font-semibold">Peristiwa keamanan</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        Masuk dan keluar, token API, perubahan kata sandi dan hak admin, impor pustaka dan proyek, unduhan cadangan, serta permintaan yang
        dibatasi. Catatan tidak dapat diubah atau dihapus; yang lebih tua dari masa simpan dihapus otomatis.
      </p>
      <SecurityEventFilters values={params} />
      {loaded instanceof ApiError ? (
        <p role="alert" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {(loaded.details?.fields ?? []).map((f) => f.message).join(" ") || loaded.message}
        </p>
      ) : (
        <SecurityEventTable events={loaded.events} nextHref={loaded.nextCursor ? nextPage(params, loaded.nextCursor) : null} />
      )}
    </AppShell>
  );
}

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params.set(key, first); // empty form fields mean "any"
  }
  return params;
}

function nextPage(params: URLSearchParams, cursor: string): string {
  const next = new URLSearchParams(params);
  next.set("cursor", cursor);
  return `/admin/security-events?${next}`;
}
