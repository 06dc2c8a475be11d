"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import type { ProjectSync, ProjectSyncState } from "@/lib/api/project-sync";

export const ProjectSyncContext = createContext<ProjectSync | null>(null);

/** The open project's sync and its state (null outside a project workspace). */
export function useProjectSync(): { sync: ProjectSync | null; state: ProjectSyncState | null } {
  const sync = useContext(ProjectSyncContext);
  const state = useSyncExternalStore(
    sync?.subscribe ?? noSubscribe,
    () => sync?.state ?? null,
    () => sync?.state ?? null,
  );
  return { sync, state };
}

const noSubscribe = () => () => {};
