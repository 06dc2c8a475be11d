import "server-only";
import { notFound } from "@/lib/projects/not-found";
import { requireFound, type Tx } from "@/lib/projects/transaction";

/** The klasifikasi `id` of the project, or 404. */
export function requireKlasifikasi(tx: Tx, projectId: string, id: string, path?: string) {
  return requireFound(tx.klasifikasi.findFirst({ where: { id, projectId } }), () => notFound("klasifikasi", path));
}

/** The sub-klasifikasi `id` of the project (and of `klasifikasiId` when given), or 404. */
export function requireSubKlasifikasi(tx: Tx, projectId: string, id: string, options: { klasifikasiId?: string; path?: string } = {}) {
  const where = { id, projectId, ...(options.klasifikasiId ? { klasifikasiId: options.klasifikasiId } : {}) };
  return requireFound(tx.subKlasifikasi.findFirst({ where }), () => notFound("subKlasifikasi", options.path));
}
