/**
 * Bounds of a project's versions (README "Input bounds"). Each version keeps a whole snapshot and
 * its Rekap RAB: ~5 MB of jsonb for 2,000 pekerjaan with a full jadwal, stored compressed. 200
 * versions are an OE, a contract and years of addenda and restores with room to spare, and keep a
 * project's versions under ~1 GB at that size. A version must also be one a worker can restore
 * or copy: its snapshot is bounded like a backup file (MAX_BACKUP_BYTES), which a worker reads
 * and writes whole within its heap.
 */
import { MAX_BACKUP_BYTES } from "@/lib/snapshot/limits";

export const MAX_VERSIONS = 200;

export const MAX_VERSION_SNAPSHOT_BYTES = MAX_BACKUP_BYTES;
