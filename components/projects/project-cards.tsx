"use client";

import type { ProjectsTableInstance } from "./projects-table";

/** The columns a card shows under the project's name and role, as "label: value" (WCAG 1.4.10: nothing left out). */
const DETAILS = ["status", "total", "location", "client", "fiscalYear", "startDate", "updatedAt"];

/**
 * The project list on a phone: a card per project, from the table's own rows and cells, so a
 * card shows what the table does in the same words and formats. The table's header sorts; here
 * a select does, with the same state.
 */
export function ProjectCards({ table, label }: { table: ProjectsTableInstance; label: string }) {
  const rows = table.getRowModel().rows;
  return (
    <div className="space-y-3">
      <SortSelect table={table} />
      <ul className="space-y-3" aria-label={label}>
        {rows.map((row) => {
          const cells = new Map(row.getAllCells().map((cell) => [cell.column.id, cell]));
          const render = (id: string) => <table.FlexRender cell={cells.get(id)!} />;
          return (
            <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2 break-words">
                <span className="flex min-w-0 items-start gap-2">
                  {render("select")}
                  {render("name")}
                </span>
                {render("role")}
              </div>
              <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
                {DETAILS.map((id) => (
                  <div key={id} className="contents">
                    <dt className="text-slate-500">{String(cells.get(id)!.column.columnDef.header)}</dt>
                    <dd className="break-words">{render(id)}</dd>
                  </div>
                ))}
              </dl>
              <div className="mt-3 empty:hidden">{render("actions")}</div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SortSelect({ table }: { table: ProjectsTableInstance }) {
  const sortable = table.getAllLeafColumns().filter((column) => column.getCanSort());
  const [current] = table.state.sorting;
  const value = current ? `${current.desc ? "-" : ""}${current.id}` : "";
  return (
    <label className="block space-y-1">
      <span className="text-sm font-medium text-slate-700">Urutkan</span>
      <select
        value={value}
        onChange={(e) => {
          const desc = e.target.value.startsWith("-");
          table.setSorting([{ id: e.target.value.replace(/^-/, ""), desc }]);
        }}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
      >
        {sortable.flatMap((column) =>
          [false, true].map((desc) => (
            <option key={`${column.id}${desc}`} value={`${desc ? "-" : ""}${column.id}`}>
              {String(column.columnDef.header)} ({(SORT_WORDS[column.id] ?? ["naik", "turun"])[desc ? 1 : 0]})
            </option>
          )),
        )}
      </select>
    </label>
  );
}

/** Ascending and descending in words that fit each kind of column ("naik"/"turun" for any other). */
const SORT_WORDS: Record<string, [string, string]> = {
  name: ["A–Z", "Z–A"],
  location: ["A–Z", "Z–A"],
  client: ["A–Z", "Z–A"],
  startDate: ["terlama", "terbaru"],
  updatedAt: ["terlama", "terbaru"],
};
