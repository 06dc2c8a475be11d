/**
 * Every write route of a project, from the route files, and how to send each one so it goes
 * through on a fresh rich project: the cases the If-Match and audit-coverage tests share. A new
 * write route takes part in both without anyone remembering to add it.
 */
import { toCsv } from "@/lib/ahsp/test-support";
import { projectNeed } from "./access";
import { type DeclaredRoute, declaredApiRoutes } from "./api-routes";
import { query } from "./database";
import { type rabClient, seedAhspItem } from "./rab";
import { LINES, pathFor, type SampleIds, sampleIds, WRITE_BODIES } from "./security";

type Rab = ReturnType<typeof rabClient>;
type User = Awaited<ReturnType<Rab["newUser"]>>;

/** The routes of a project (access need view, edit or own), reads and writes. */
export function projectRoutes(): DeclaredRoute[] {
  return declaredApiRoutes().filter((r) => projectNeed(r.key) !== null);
}

/** Project routes that are no GETs yet leave the project as it is: no version move, no audit entry. */
export const LEAVES_PROJECT: Record<string, string> = {
  "POST /projects/[projectId]/copy": "writes a new project of the caller",
  "POST /projects/[projectId]/batch-copy": "writes new projects of the caller",
  "POST /projects/[projectId]/templates": "writes a template of the caller",
  "POST /projects/[projectId]/jadwal/remap-preview": "a preview",
  "POST /projects/[projectId]/schedule/remap-preview": "a preview",
};

/** What a GET needs besides its path to answer 200. */
const GET_QUERY: Record<string, string> = {
  "GET /projects/[projectId]/changes": "?since=0",
  "GET /projects/[projectId]/compare": "?from=live&to=live",
};

export const HARGA_IMPORT = "POST /projects/[projectId]/harga-items/import";
/** A one-row price list for the rich project's L.01 (lib/harga-items/import-service.ts). */
const PRICE_LIST = toCsv(
  [
    ["kode", "uraian", "satuan", "harga"],
    ["L.01", "Pekerja", "OH", "135.000"],
  ],
  ";",
);

/** What a write sends besides its sample: the harga import's multipart body, or an arranged body. */
export type Payload = { form?: FormData; json?: Record<string, unknown> };

type Arrange = (ids: SampleIds) => Promise<{ ids?: Partial<SampleIds>; json?: Record<string, unknown> }>;

export function projectWrites(rab: Rab, databaseUrl: string) {
  const { call, ok } = rab;

  /**
   * Where the shared sample would be refused on its own merits (a resource in use, a bundled
   * pekerjaan, a plan over 100 %), the rich project is first given a target the write can take.
   * Returns the ids or the body to send instead.
   */
  const arrange = (owner: User): Record<string, Arrange> => ({
    "DELETE /projects/[projectId]/harga-items/[hargaItemId]": async (ids) => {
      // The L.01 line goes: its harga item is used no more.
      await ok(owner.token, `/api/v1/projects/${ids.projectId}/pekerjaan/${ids.pekerjaanId}/lines`, {
        method: "PUT",
        json: { lines: [LINES[1]] },
      });
      return {};
    },
    "DELETE /projects/[projectId]/parameters/[parameterId]": async (ids) => {
      const unused = await ok(owner.token, `/api/v1/projects/${ids.projectId}/parameters`, { json: { name: "lebar", value: "2" } }, 201);
      return { ids: { parameterId: unused.id } };
    },
    "DELETE /projects/[projectId]/pekerjaan/[pekerjaanId]": async (ids) => ({ ids: { pekerjaanId: ids.bundlingPekerjaanId } }),
    "POST /projects/[projectId]/pekerjaan/[pekerjaanId]/convert": async (ids) => {
      const ahspId = await seedAhspItem(databaseUrl, {
        kode: "1.1",
        uraian: "Uji",
        satuan: "m2",
        lines: [{ kategori: "TK", kodeItem: "L.01", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "1" }],
      });
      const json = { subKlasifikasiId: ids.subKlasifikasiId, source: "ref", ahspId };
      const ref = await ok(owner.token, `/api/v1/projects/${ids.projectId}/pekerjaan`, { json }, 201);
      return { ids: { pekerjaanId: ref.id } };
    },
    ...Object.fromEntries(
      ["jadwal", "schedule"].map((base) => [
        `PUT /projects/[projectId]/${base}/entries`,
        async (ids: SampleIds) => ({ json: { entries: [{ pekerjaanId: ids.bundlingPekerjaanId, week: 1, planned: 10 }] } }),
      ]),
    ),
  });

  async function versionOf(projectId: string): Promise<number> {
    const [row] = await query<{ v: string }>(databaseUrl, `SELECT "changeVersion"::text AS v FROM "Project" WHERE id = $1`, [projectId]);
    return Number(row!.v);
  }

  /** The multipart apply of a fresh preview of PRICE_LIST: the import's write. */
  async function hargaApply(owner: User, ids: SampleIds): Promise<FormData> {
    const preview = new FormData();
    preview.set("file", new Blob([PRICE_LIST]), "harga.csv");
    const { token } = await ok(owner.token, `/api/v1/projects/${ids.projectId}/harga-items/import`, { body: preview });
    const apply = new FormData();
    apply.set("file", new Blob([PRICE_LIST]), "harga.csv");
    apply.set("mode", "apply");
    apply.set("token", token);
    return apply;
  }

  /** A fresh rich project of `owner`, arranged so that write `r` goes through, and what to send with it. */
  async function prepare(r: DeclaredRoute, owner: User): Promise<{ ids: SampleIds; payload: Payload }> {
    const sample = await sampleIds(rab, owner);
    const arranged = (await arrange(owner)[r.key]?.(sample)) ?? {};
    const ids = { ...sample, ...arranged.ids };
    return { ids, payload: { json: arranged.json, form: r.key === HARGA_IMPORT ? await hargaApply(owner, ids) : undefined } };
  }

  /** Sends route `r` as `owner` would, with `headers`. */
  function send(r: DeclaredRoute, owner: User, ids: SampleIds, headers: Record<string, string>, payload: Payload = {}) {
    const url = pathFor(r.pattern, ids) + (GET_QUERY[r.key] ?? "");
    const sample = WRITE_BODIES[r.key];
    const json =
      payload.json ??
      (typeof sample === "function" ? sample(ids) : r.method === "GET" || r.method === "DELETE" || payload.form ? undefined : {});
    return call(url, { method: r.method, token: owner.token, json, body: payload.form, headers });
  }

  return { versionOf, hargaApply, prepare, send };
}
