"use client";

import { useEffect, useState, type ReactNode } from "react";
import { ProjectSyncContext, useProjectSync } from "@/components/ui/use-project-sync";
import { apiFetch } from "@/lib/api/client";
import { ProjectSync, registerProjectSync } from "@/lib/api/project-sync";
import { ChangeNotice } from "./change-notice";

/** How often an open page asks whether someone else changed the project (README "Perubahan bersamaan"). */
const POLL_MS = 5000;

/**
 * The project workspace's link to everyone else's edits: its writes send If-Match with the
 * version the page shows, it polls the change feed while the tab is visible, and it shows who
 * changed what since ("Ani mengubah Harga Items · Muat ulang") without blocking the page.
 */
export function ProjectSyncProvider(props: { projectId: string; version: number; children: ReactNode }) {
  const [sync] = useState(() => new ProjectSync(props.projectId, props.version, (path) => apiFetch(path)));
  useEffect(() => registerProjectSync(sync), [sync]);
  useEffect(() => {
    const poll = () => {
      if (document.visibilityState === "visible") void sync.sync();
    };
    const timer = setInterval(poll, POLL_MS);
    document.addEventListener("visibilitychange", poll);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", poll);
    };
  }, [sync]);
  return (
    <ProjectSyncContext.Provider value={sync}>
      {props.children}
      <ChangeNotice />
    </ProjectSyncContext.Provider>
  );
}

/**
 * Rendered by each tab page with the version its server render read: the layout stays mounted
 * across tabs, so only the page knows which version the data on screen is at.
 */
export function ProjectVersionMark({ version }: { version: number }) {
  const { sync } = useProjectSync();
  useEffect(() => sync?.loaded(version), [sync, version]);
  return null;
}
