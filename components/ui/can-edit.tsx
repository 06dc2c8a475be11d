"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * Whether the person may change what the page shows (a project's editor or owner; not a
 * viewer). The project layout sets it once from the caller's role; editing components read it
 * and leave their controls out, not disabled: a viewer sees the same page as text. Outside a
 * provider editing is allowed, so shared widgets keep working on pages without roles.
 */
const CanEditContext = createContext(true);

export function CanEditProvider({ canEdit, children }: { canEdit: boolean; children: ReactNode }) {
  return <CanEditContext.Provider value={canEdit}>{children}</CanEditContext.Provider>;
}

export function useCanEdit(): boolean {
  return useContext(CanEditContext);
}
