import { route } from "@/lib/api/route";
import { exportProjectList } from "@/lib/projects/export";
import { listProjectsQuery } from "@/lib/projects/schemas";

/** The filtered list (the list's filters and sort, every page) as XLSX. */
export const GET = route({ query: listProjectsQuery }, ({ auth, query }) => exportProjectList(auth.user.id, query));
