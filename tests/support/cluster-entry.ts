/**
 * The cluster as `npm start` runs it (scripts/cluster.ts), without start.ts's migrations and
 * build check: the primary and, forked from this same file, its workers.
 */
import { runCluster } from "../../scripts/cluster";

runCluster(Number(process.env.PORT), Number(process.env.WEB_CONCURRENCY)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
