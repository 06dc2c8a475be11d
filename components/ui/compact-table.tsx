import type { ReactNode } from "react";

export interface CompactColumn {
  label: string;
  align?: "left" | "right";
}

/** A dense read-only table (analysis lines, rejected rows): header from labels, rows as children. */
export function CompactTable({ columns, children }: { columns: CompactColumn[]; children: ReactNode }) {
  return (
    <table className="mt-1 w-full text-sm">
      <thead className="text-left text-xs text-slate-500">
        <tr>
          {columns.map((column) => (
            <th key={column.label} className={`py-1 pr-3 font-medium ${column.align === "right" ? "text-right" : ""}`}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
