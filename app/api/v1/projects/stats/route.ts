import { route } from "@/lib/api/route";
import { projectFiltersQuery } from "@/lib/projects/filters";
import { projectStats } from "@/lib/projects/stats";

/** The filtered projects (the list's filters) counted and summed by year, funding source and status. */
export const GET = route({ query: projectFiltersQuery }, ({ auth, query }) => projectStats(auth.user.id, query));
