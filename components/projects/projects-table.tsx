"use client";

import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type PaginationState,
  type SortingState,
} from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { apiFetch, apiFetchEnvelope } from "@/lib/api/client";
import { formatDay } from "@/lib/format/date";
import { formatInteger, formatRupiah } from "@/lib/format/number";
import { asClientError } from "@/components/ui/use-api-action";
import type { ProjectListItem, ProjectListPage } from "@/lib/projects/types";
import { ROLE_LABELS, roleMeets, type ProjectRole } from "@/lib/projects/roles";
import { STATUS_LABELS } from "@/lib/projects/status";
import type { FilterValues } from "./dashboard-filters";
import { ProjectCards } from "./project-cards";
import { ProjectForm } from "./project-form";
import type { ProjectData } from "./project-form-values";
import type { Wire } from "@/lib/kernel/wire";

export type ProjectRow = Wire<ProjectListItem>;
export type ProjectPage = Wire<ProjectListPage>;

interface RowActions {
  edit: (project: ProjectRow) => void;
  archive: (project: ProjectRow) => void;
  restore: (project: ProjectRow) => void;
  selected: ReadonlySet<string>;
  toggle: (ids: readonly string[], on: boolean) => void;
}
// Cells reach the page's handlers through context, so the column definitions stay static.
const RowActionsContext = createContext<RowActions | null>(null);

/** Only what the caller's role allows: editing for editors and owners, archive and restore for the owner. */
function ActionsCell({ project }: { project: ProjectRow }) {
  const actions = useContext(RowActionsContext)!;
  const owner = project.role === "owner";
  if (project.archivedAt) {
    return owner ? (
      <Button variant="secondary" className="px-3 py-1" onClick={() => actions.restore(project)} aria-label={`Pulihkan ${project.name}`}>
        Pulihkan
      </Button>
    ) : null;
  }
  return (
    <div className="flex justify-end gap-2">
      {roleMeets(project.role, "edit") && (
        <Button variant="secondary" className="px-3 py-1" onClick={() => actions.edit(project)} aria-label={`Ubah ${project.name}`}>
          Ubah
        </Button>
      )}
      {owner && (
        <Button variant="danger" className="px-3 py-1" onClick={() => actions.archive(project)} aria-label={`Arsipkan ${project.name}`}>
          Arsipkan
        </Button>
      )}
    </div>
  );
}

const ROLE_BADGE: Record<ProjectRole, string> = {
  owner: "border-brand-600/30 bg-brand-50 text-brand-700",
  editor: "border-slate-300 bg-slate-50 text-slate-700",
  viewer: "border-amber-200 bg-amber-50 text-amber-900",
};

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const column = createColumnHelper<typeof features, ProjectRow>();
// Column ids are the API's sort fields; `enableSorting: false` where the API cannot sort.
const columns = column.columns([
  column.display({
    id: "select",
    header: () => <SelectAllBox />,
    cell: ({ row }) => <SelectBox project={row.original} />,
  }),
  column.accessor("name", {
    header: "Nama proyek",
    // A name of 200 unbroken characters wraps anywhere instead of widening the page; the title shows it whole.
    cell: ({ row }) =>
      row.original.archivedAt ? (
        <span className="font-medium [overflow-wrap:anywhere]" title={row.original.name}>
          {row.original.name}
        </span>
      ) : (
        <Link
          href={`/projects/${row.original.id}`}
          title={row.original.name}
          className="font-medium text-brand-700 [overflow-wrap:anywhere] hover:underline"
        >
          {row.original.name}
        </Link>
      ),
  }),
  column.accessor("status", {
    header: "Status",
    enableSorting: false,
    cell: ({ getValue }) => <span className="whitespace-nowrap">{STATUS_LABELS[getValue()]}</span>,
  }),
  column.accessor("role", {
    header: "Peran saya",
    enableSorting: false,
    cell: ({ getValue }) => (
      <span className={`rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${ROLE_BADGE[getValue()]}`}>
        {ROLE_LABELS[getValue()]}
      </span>
    ),
  }),
  column.accessor("location", { header: "Lokasi" }),
  column.accessor("client", { header: "Pemberi tugas" }),
  column.accessor("fiscalYear", { header: "TA", enableSorting: false, cell: ({ getValue }) => getValue() ?? "—" }),
  column.accessor("startDate", { header: "Mulai", cell: ({ getValue }) => formatDay(getValue()) }),
  column.accessor("total", {
    header: "Total (PPN termasuk)",
    enableSorting: false,
    cell: ({ getValue }) => <span className="tabular-nums">{formatRupiah(getValue())}</span>,
  }),
  column.accessor("updatedAt", { header: "Diperbarui", cell: ({ getValue }) => formatDay(getValue()) }),
  column.display({
    id: "actions",
    header: () => <span className="sr-only">Aksi</span>,
    cell: ({ row }) => <ActionsCell project={row.original} />,
  }),
]);
const RIGHT_ALIGNED = new Set(["total", "actions"]);

const DEFAULT_SORT: SortingState = [{ id: "updatedAt", desc: true }];
const PAGE_SIZE = 20;

/** Only the owner archives and restores (README "Tim dan peran"): only the owner's rows can be selected. */
function SelectBox({ project }: { project: ProjectRow }) {
  const { selected, toggle } = useContext(RowActionsContext)!;
  if (project.role !== "owner") return null;
  return (
    <input
      type="checkbox"
      aria-label={`Pilih ${project.name}`}
      checked={selected.has(project.id)}
      onChange={(e) => toggle([project.id], e.target.checked)}
    />
  );
}

function SelectAllBox() {
  const { selected, toggle, ownIds } = useContext(SelectAllContext)!;
  const all = ownIds.length > 0 && ownIds.every((id) => selected.has(id));
  return (
    <input
      type="checkbox"
      aria-label="Pilih semua proyek milik saya di halaman ini"
      checked={all}
      disabled={ownIds.length === 0}
      onChange={(e) => toggle(ownIds, e.target.checked)}
    />
  );
}
const SelectAllContext = createContext<{ selected: ReadonlySet<string>; toggle: RowActions["toggle"]; ownIds: string[] } | null>(null);

function listPath(base: string, filters: FilterValues, sorting: SortingState, pagination?: PaginationState): string {
  const sort = sorting[0] ?? DEFAULT_SORT[0]!;
  const params = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
  params.set("sort", `${sort.desc ? "-" : ""}${sort.id}`);
  if (pagination) {
    params.set("page", String(pagination.pageIndex + 1));
    params.set("pageSize", String(pagination.pageSize));
  }
  return `${base}?${params}`;
}

/**
 * The user's projects: search, server-side sort and pages (the API owns both, so the table
 * runs in manual mode), each with its current total; create, edit, archive and restore.
 */
export function ProjectsTable({ initial, filters }: { initial: ProjectPage; filters: FilterValues }) {
  const router = useRouter();
  const [sorting, setSorting] = useState<SortingState>(DEFAULT_SORT);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<ProjectData | "new" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const path = listPath("/api/v1/projects", filters, sorting, pagination);
  const [loaded, setLoaded] = useState({ key: listPath("/api/v1/projects", filters, DEFAULT_SORT, pagination), refresh: 0, page: initial });
  // The page was rendered again (router.refresh after an upload or a bulk action): read the current page again too.
  const [rendered, setRendered] = useState(initial);
  if (rendered !== initial) {
    setRendered(initial);
    setRefresh((n) => n + 1);
  }

  useEffect(() => {
    if (loaded.key === path && loaded.refresh === refresh) return;
    const controller = new AbortController();
    apiFetchEnvelope<ProjectRow[]>(path, { signal: controller.signal }).then(
      (body) => setLoaded({ key: path, refresh, page: { items: body.data, meta: body.meta as ProjectPage["meta"] } }),
      (e: unknown) => {
        if (!controller.signal.aborted) setError(asClientError(e).message);
      },
    );
    return () => controller.abort();
  }, [path, refresh, loaded.key, loaded.refresh]);

  const table = useTable({
    features,
    columns,
    data: loaded.page.items,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: loaded.page.meta.totalItems,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      setSorting(updater);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onPaginationChange: setPagination,
  });

  async function act(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      setRefresh((n) => n + 1);
    } catch (e) {
      setError(asClientError(e).message);
    }
  }

  const toggle = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  /** One request, one transaction for the whole selection; the stats above follow (router.refresh). */
  function bulk(action: "archive" | "restore") {
    const projectIds = [...selected];
    const verb = action === "archive" ? "Arsipkan" : "Pulihkan";
    if (!window.confirm(`${verb} ${formatInteger(projectIds.length)} proyek terpilih?`)) return;
    void act(async () => {
      await apiFetch("/api/v1/projects/bulk", { method: "POST", json: { action, projectIds } });
      setSelected(new Set());
      router.refresh();
    });
  }

  const actions: RowActions = {
    selected,
    toggle,
    edit: (project) => void act(async () => setEditing(await apiFetch<ProjectData>(`/api/v1/projects/${project.id}`))),
    archive: (project) => {
      if (window.confirm(`Arsipkan proyek “${project.name}”? Proyek dapat dipulihkan dari daftar arsip.`)) {
        void act(() => apiFetch(`/api/v1/projects/${project.id}`, { method: "DELETE" }));
      }
    },
    restore: (project) => void act(() => apiFetch(`/api/v1/projects/${project.id}/restore`, { method: "POST" })),
  };
  const ownIds = loaded.page.items.filter((p) => p.role === "owner").map((p) => p.id);

  function onSaved(project: ProjectData) {
    const created = editing === "new";
    setEditing(null);
    if (created) router.push(`/projects/${project.id}`);
    else setRefresh((n) => n + 1);
  }

  const { totalItems } = loaded.page.meta;
  const loading = loaded.key !== path;
  const archived = filters.archived === "true";
  const filtered = Object.values(filters).some(Boolean);
  const nothingYet = totalItems === 0 && !filtered && !loading;
  return (
    <RowActionsContext.Provider value={actions}>
      <SelectAllContext.Provider value={{ selected, toggle, ownIds }}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div role="group" aria-label="Aksi untuk proyek terpilih" className="flex flex-wrap items-center gap-2 text-sm">
            <span aria-live="polite">{formatInteger(selected.size)} proyek dipilih</span>
            {archived ? (
              <Button variant="secondary" disabled={selected.size === 0} onClick={() => bulk("restore")}>
                Pulihkan terpilih
              </Button>
            ) : (
              <Button variant="danger" disabled={selected.size === 0} onClick={() => bulk("archive")}>
                Arsipkan terpilih
              </Button>
            )}
          </div>
          <div className="flex flex-wrap gap-2">
            <a
              href={listPath("/api/v1/projects/export", filters, sorting)}
              className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50"
            >
              Unduh XLSX
            </a>
            <Button onClick={() => setEditing("new")}>Proyek baru</Button>
          </div>
        </div>
        <div className="mt-4 space-y-3">
          {error && <Notice tone="error">{error}</Notice>}
          {nothingYet ? (
            <section className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
              <p className="text-lg font-medium">Belum ada proyek</p>
              <p className="mt-1 text-sm text-slate-600">Mulai dengan “Proyek baru”: isi data proyek, lalu susun List Pekerjaan.</p>
            </section>
          ) : (
            <ProjectsGrid table={table} loading={loading} archived={archived} />
          )}
        </div>
        <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing === "new" ? "Proyek baru" : "Ubah proyek"}>
          {editing !== null && (
            <ProjectForm project={editing === "new" ? null : editing} onSaved={onSaved} onCancel={() => setEditing(null)} />
          )}
        </Dialog>
      </SelectAllContext.Provider>
    </RowActionsContext.Provider>
  );
}

export type ProjectsTableInstance = ReturnType<typeof useTable<typeof features, ProjectRow>>;

/** Below md (a phone, 320 px and up) the projects are cards: nine columns do not fit, and a page never scrolls sideways. */
function ProjectsGrid({ table, loading, archived }: { table: ProjectsTableInstance; loading: boolean; archived: boolean }) {
  const rows = table.getRowModel().rows;
  const { pageIndex } = table.state.pagination;
  const label = archived ? "Proyek diarsipkan" : "Daftar proyek";
  return (
    <>
      {rows.length === 0 && (
        <p className="rounded-lg border border-slate-200 bg-white px-3 py-6 text-center text-slate-500">
          {archived ? "Tidak ada proyek yang diarsipkan." : "Tidak ada proyek yang cocok."}
        </p>
      )}
      <div className={`md:hidden ${loading ? "opacity-60" : ""}`} aria-busy={loading}>
        <ProjectCards table={table} label={label} />
      </div>
      {/* relative: the screen-reader-only "Aksi" header stays inside the scrolling box, not past the page edge. */}
      <div className="relative hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-sm" aria-busy={loading} aria-label={label}>
          <thead className="bg-slate-100 text-left text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const right = RIGHT_ALIGNED.has(header.column.id);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                      className={`px-3 py-2 font-medium ${right ? "text-right" : ""}`}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 hover:text-slate-900"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className="text-xs">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className={loading ? "opacity-60" : ""}>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 hover:bg-slate-50">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`px-3 py-2 ${RIGHT_ALIGNED.has(cell.column.id) ? "text-right" : ""}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Halaman daftar proyek" className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span>
          {formatInteger(table.getRowCount())} proyek · halaman {formatInteger(pageIndex + 1)} dari{" "}
          {formatInteger(Math.max(1, table.getPageCount()))}
        </span>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Sebelumnya
          </Button>
          <Button variant="secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Berikutnya
          </Button>
        </div>
      </nav>
    </>
  );
}
