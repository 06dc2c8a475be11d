import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppShell } from "@/components/layout/app-shell";
import { ReportDetails } from "@/components/reference/import-report";
import { requireUser } from "@/lib/auth/session";
import { findEditionWithReport } from "@/lib/reference/editions";

export const metadata = { title: "Laporan validasi edisi AHSP" };

const dateTime = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });

/**
 * An edition's stored validation report (admins only, like the import it comes from): the
 * defects of the shipped national list stay reviewable after the seed imported it.
 */
export default async function EditionReportPage({ params }: { params: Promise<{ editionId: string }> }) {
  const user = await requireUser();
  const { editionId } = await params;
  if (!user.isAdmin || !z.uuid().safeParse(editionId).success) notFound();
  const edition = await findEditionWithReport(editionId);
  if (!edition) notFound();
  return (
    <AppShell user={user}>
      <Link href="/referensi/impor" className="text-sm text-brand-700 hover:underline">
        ← Impor pustaka AHSP
      </Link>
      <h1 className="mt-2 text-2xl font-semibold break-words">Laporan validasi: {edition.name}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {edition.citation ? `${edition.citation}. ` : ""}Diimpor {dateTime.format(edition.importedAt)} WIB.
      </p>
      <div className="mt-6 max-w-3xl space-y-4">
        {edition.report ? (
          <ReportDetails report={edition.report} />
        ) : (
          <p className="text-sm text-slate-600">
            Edisi ini diimpor sebelum laporan validasi disimpan. Impor ulang berkasnya untuk melihat laporan.
          </p>
        )}
      </div>
    </AppShell>
  );
}
