"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { PROJECT_TABS, VERSION_REPORT_TABS } from "./tabs";

/**
 * The workspace steps in the estimator's order; the current one is aria-current="page". With a
 * version open (?versi=), the report tabs stay on it.
 */
export function ProjectTabs({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const versi = useSearchParams().get("versi");
  return (
    <nav aria-label="Langkah penyusunan RAB" className="mt-5 overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1">
        {PROJECT_TABS.map((tab, index) => {
          const path = `/projects/${projectId}/${tab.slug}`;
          const current = pathname === path || pathname.startsWith(`${path}/`);
          const href = versi && VERSION_REPORT_TABS.includes(tab.slug) ? `${path}?versi=${encodeURIComponent(versi)}` : path;
          return (
            <li key={tab.slug}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium ${
                  current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                <span aria-hidden="true" className="text-xs text-slate-400">
                  {index + 1}
                </span>
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
