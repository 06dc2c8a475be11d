/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */
import type { ProjectView } from "@/lib/projects/types";

export interface BatchCopyResult {
  index: number;
  name: string;
  project: ProjectView | null;
  error: { code: string; message: string } | null;
}
