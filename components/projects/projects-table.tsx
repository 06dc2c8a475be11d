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
import { useDebounced } from "@/components/ui/use-debounced";
import { apiFetch, apiFetchEnvelope } from "@/lib/api/client";
import { formatDay } from "@/lib/format/date";
import { formatInteger, formatRupiah } from "@/lib/format/number";
import { asClientError } from "@/components/ui/use-api-action";
import type { ProjectListItem, ProjectListPage } from "@/lib/projects/types";
import { ROLE_LABELS, roleMeets, type ProjectRole } from "@/lib/projects/roles";
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

/** Which projects the list shows by the caller's role on them (the API's `?role=`). */
const ROLE_FILTERS: [ProjectRole | "", string][] = [
  ["", "Semua proyek"],
  ["owner", "Milik saya"],
  ["editor", "Dibagikan, saya editor"],
  ["viewer", "Dibagikan, saya peninjau"],
];

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const column = createColumnHelper<typeof features, ProjectRow>();
// Column ids are the API's sort fields; `enableSorting: false` where the API cannot sort.
const columns = column.columns([
  column.accessor("name", {
    header: "Nama proyek",
    cell: ({ row }) =>
      row.original.archivedAt ? (
        <span className="font-medium">{row.original.name}</span>
      ) : (
        <Link href={`/projects/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
          {row.original.name}
        </Link>
      ),
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

interface ListFilter {
  q: string;
  archived: boolean;
  role: ProjectRole | "";
}

const NO_FILTER: ListFilter = { q: "", archived: false, role: "" };

function listPath(filter: ListFilter, sorting: SortingState, pagination: PaginationState): string {
  const sort = sorting[0] ?? DEFAULT_SORT[0]!;
  const params = new URLSearchParams({
    sort: `${sort.desc ? "-" : ""}${sort.id}`,
    page: String(pagination.pageIndex + 1),
    pageSize: String(pagination.pageSize),
    archived: String(filter.archived),
  });
  if (filter.q) params.set("q", filter.q);
  if (filter.role) params.set("role", filter.role);
  return `/api/v1/projects?${params}`;
}

/**
 * The user's projects: search, server-side sort and pages (the API owns both, so the table
 * runs in manual mode), each with its current total; create, edit, archive and restore.
 */
export function ProjectsTable({ initial }: { initial: ProjectPage }) {
  const router = useRouter();
  const [q, setQ] = useState("");
  const [archived, setArchived] = useState(false);
  const [role, setRole] = useState<ProjectRole | "">("");
  const [sorting, setSorting] = useState<SortingState>(DEFAULT_SORT);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<ProjectData | "new" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const debouncedQ = useDebounced(q.trim(), 250);
  const path = listPath({ q: debouncedQ, archived, role }, sorting, pagination);
  const [loaded, setLoaded] = useState({ key: listPath(NO_FILTER, DEFAULT_SORT, pagination), refresh: 0, page: initial });

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

  const actions: RowActions = {
    edit: (project) => void act(async () => setEditing(await apiFetch<ProjectData>(`/api/v1/projects/${project.id}`))),
    archive: (project) => {
      if (window.confirm(`Arsipkan proyek “${project.name}”? Proyek dapat dipulihkan dari daftar arsip.`)) {
        void act(() => apiFetch(`/api/v1/projects/${project.id}`, { method: "DELETE" }));
      }
    },
    restore: (project) => void act(() => apiFetch(`/api/v1/projects/${project.id}/restore`, { method: "POST" })),
  };

  function onSaved(project: ProjectData) {
    const created = editing === "new";
    setEditing(null);
    if (created) router.push(`/projects/${project.id}`);
    else setRefresh((n) => n + 1);
  }

  const { totalItems } = loaded.page.meta;
  const loading = loaded.key !== path;
  const nothingYet = totalItems === 0 && !debouncedQ && !archived && !role && !loading;
  return (
    <RowActionsContext.Provider value={actions}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        {/* On a phone each filter takes the whole width (WCAG 1.4.10 reflow). */}
        <div className="flex w-full flex-wrap items-end gap-4 sm:w-auto">
          <label className="block w-full space-y-1 sm:w-auto">
            <span className="text-sm font-medium text-slate-700">Cari proyek</span>
            <input
              type="search"
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                setPagination((p) => ({ ...p, pageIndex: 0 }));
              }}
              placeholder="Nama, lokasi, atau pemberi tugas"
              className="block w-full rounded-md sm:w-72 border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
            />
          </label>
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input
              type="checkbox"
              checked={archived}
              onChange={(e) => {
                setArchived(e.target.checked);
                setPagination((p) => ({ ...p, pageIndex: 0 }));
              }}
            />
            Tampilkan arsip
          </label>
          <label className="block w-full space-y-1 sm:w-auto">
            <span className="text-sm font-medium text-slate-700">Peran saya</span>
            <select
              value={role}
              onChange={(e) => {
                setRole(e.target.value as ProjectRole | "");
                setPagination((p) => ({ ...p, pageIndex: 0 }));
              }}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 sm:w-auto"
            >
              {ROLE_FILTERS.map(([value, label]) => (
                <option key={value || "all"} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <Button onClick={() => setEditing("new")}>Proyek baru</Button>
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
