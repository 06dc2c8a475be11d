import Link from "next/link";
import { ExportMenu } from "@/components/project/export-menu";
import { CompareGrid } from "@/components/project/versi/compare-grid";
import { ComparePicker } from "@/components/project/versi/compare-picker";
import { CompareSummary } from "@/components/project/versi/compare-summary";
import { LIVE } from "@/components/project/versi/versions";
import { Notice } from "@/components/ui/notice";
import { ApiError } from "@/lib/kernel/errors";
import { toWire } from "@/lib/kernel/wire";
import { getComparison } from "@/lib/versions/compare-service";
import { compareQuery } from "@/lib/versions/schemas";
import type { ComparisonView } from "@/lib/versions/types";
import { PageVersion } from "../../page-version";
import { workspaceProject, type WorkspaceParams, workspaceVersions } from "../../workspace";

export const metadata = { title: "Perbandingan versi" };

type Sides = { from?: string | string[]; to?: string | string[] };

/** A side's ref from the address: the live estimate when absent; a repeated one is left to the check to refuse. */
const sideOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value?.trim() || LIVE);

/**
 * ?from=&to=: a contract (or any version) against an addendum (or the live estimate). A ref
 * that is no version of this project is a message beside the choice, not an error page.
 */
async function comparisonOrMessage(projectId: string, from: string, to: string): Promise<ComparisonView | string> {
  const query = compareQuery.safeParse({ from, to });
  if (!query.success) return "Pilihan Dari atau Ke tidak dikenal. Pilih estimasi saat ini atau salah satu versi di atas.";
  try {
    return await getComparison(projectId, query.data);
  } catch (error) {
    if (error instanceof ApiError && error.code === "NOT_FOUND")
      return "Versi yang dipilih tidak ditemukan di proyek ini. Pilih versi lain.";
    throw error;
  }
}

export default async function PerbandinganPage(props: WorkspaceParams & { searchParams: Promise<Sides> }) {
  const project = await workspaceProject(props);
  const query = await props.searchParams;
  const [from, to] = [sideOf(query.from), sideOf(query.to)];
  const [versions, result] = await Promise.all([workspaceVersions(project.id), comparisonOrMessage(project.id, from, to)]);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Perbandingan tambah kurang</h2>
        <Link href={`/projects/${project.id}/versi`} className="text-sm font-medium text-brand-700 underline">
          Kembali ke daftar versi
        </Link>
      </div>
      <ComparePicker key={`${from}|${to}`} from={from} to={to} versions={toWire(versions)} />
      {typeof result === "string" ? (
        <Notice tone="error">{result}</Notice>
      ) : (
        <>
          <ExportMenu projectId={project.id} report="perbandingan" sides={{ from, to }} />
          <CompareSummary totals={result.totals} />
          <CompareGrid klasifikasi={result.klasifikasi} />
        </>
      )}
    </div>
  );
}
