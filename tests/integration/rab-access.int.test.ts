// Every route under /api/v1/projects/{projectId} answers 404 to a caller who neither owns the
// project nor is a member of it, and to ids of another project inside the caller's own project. Driven by ROUTES:
// a new route file under app/api/v1/projects/[projectId] fails the first test until it has rows.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type LineBody, rabClient, seedAhspItem } from "../support/rab";

const { call, newUser, ok, newProject, newSection, newPekerjaan } = rabClient(inject("baseUrl"));

interface Ids {
  projectId: string;
  klasifikasiId: string;
  subKlasifikasiId: string;
  pekerjaanId: string;
  parameterId: string;
  hargaItemId: string;
  /** A private template saved from the project. */
  templateId: string;
  /** A member of the project (the victim's has one; another project's is a random id). */
  memberId: string;
  /** A version of the project. */
  versionId: string;
}

interface RouteCase {
  /** The route file's pattern, e.g. "/pekerjaan/[pekerjaanId]/lines". */
  route: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The url below /api/v1/projects/{projectId}, with `ids` filled in. */
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** The case names an id below the project (in the path, the query or the body). */
  nested: boolean;
}

const line: LineBody = { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 };

const ROUTES: RouteCase[] = [
  { route: "", method: "GET", path: () => "", nested: false },
  { route: "", method: "PATCH", path: () => "", body: () => ({ name: "Diambil alih" }), nested: false },
  { route: "", method: "DELETE", path: () => "", nested: false },
  { route: "/restore", method: "POST", path: () => "/restore", nested: false },
  { route: "/pricing", method: "PATCH", path: () => "/pricing", body: () => ({ ppnPercent: 0 }), nested: false },
  { route: "/audit", method: "GET", path: () => "/audit", nested: false },
  { route: "/changes", method: "GET", path: () => "/changes?since=0", nested: false },
  { route: "/tree", method: "GET", path: () => "/tree", nested: false },
  { route: "/rekap-rab", method: "GET", path: () => "/rekap-rab", nested: false },
  { route: "/rekap-kebutuhan", method: "GET", path: () => "/rekap-kebutuhan", nested: false },
  { route: "/rekap-kebutuhan", method: "GET", path: (i) => `/rekap-kebutuhan?klasifikasiId=${i.klasifikasiId}`, nested: true },
  { route: "/rincian-ahsp/[pekerjaanId]", method: "GET", path: (i) => `/rincian-ahsp/${i.pekerjaanId}`, nested: true },
  // One route for every export; each file of it is checked in exports.int.test.ts.
  { route: "/exports/[file]", method: "GET", path: () => "/exports/rekap-rab.xlsx", nested: false },
  { route: "/klasifikasi", method: "POST", path: () => "/klasifikasi", body: () => ({ name: "X" }), nested: false },
  {
    route: "/klasifikasi/[klasifikasiId]",
    method: "PATCH",
    path: (i) => `/klasifikasi/${i.klasifikasiId}`,
    body: () => ({ name: "X" }),
    nested: true,
  },
  { route: "/klasifikasi/[klasifikasiId]", method: "DELETE", path: (i) => `/klasifikasi/${i.klasifikasiId}`, nested: true },
  {
    route: "/klasifikasi/[klasifikasiId]/sub-klasifikasi",
    method: "POST",
    path: (i) => `/klasifikasi/${i.klasifikasiId}/sub-klasifikasi`,
    body: () => ({ name: "X" }),
    nested: true,
  },
  {
    route: "/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]",
    method: "PATCH",
    path: (i) => `/klasifikasi/${i.klasifikasiId}/sub-klasifikasi/${i.subKlasifikasiId}`,
    body: () => ({ position: 0 }),
    nested: true,
  },
  {
    route: "/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]",
    method: "DELETE",
    path: (i) => `/klasifikasi/${i.klasifikasiId}/sub-klasifikasi/${i.subKlasifikasiId}`,
    nested: true,
  },
  {
    route: "/pekerjaan",
    method: "POST",
    path: () => "/pekerjaan",
    body: (i) => ({ subKlasifikasiId: i.subKlasifikasiId, source: "custom", uraian: "X", satuan: "m2" }),
    nested: true,
  },
  {
    route: "/pekerjaan/batch",
    method: "POST",
    path: () => "/pekerjaan/batch",
    // The sub-klasifikasi is checked before any library item: an unknown ahspId does not matter here.
    body: (i) => ({ subKlasifikasiId: i.subKlasifikasiId, items: [{ ahspId: i.pekerjaanId, source: "ref" }] }),
    nested: true,
  },
  { route: "/pekerjaan/[pekerjaanId]", method: "GET", path: (i) => `/pekerjaan/${i.pekerjaanId}`, nested: true },
  {
    route: "/pekerjaan/[pekerjaanId]",
    method: "PATCH",
    path: (i) => `/pekerjaan/${i.pekerjaanId}`,
    body: () => ({ uraian: "X" }),
    nested: true,
  },
  { route: "/pekerjaan/[pekerjaanId]", method: "DELETE", path: (i) => `/pekerjaan/${i.pekerjaanId}`, nested: true },
  {
    route: "/pekerjaan/[pekerjaanId]/lines",
    method: "PUT",
    path: (i) => `/pekerjaan/${i.pekerjaanId}/lines`,
    body: () => ({ lines: [line] }),
    nested: true,
  },
  {
    route: "/pekerjaan/[pekerjaanId]/volume",
    method: "PUT",
    path: (i) => `/pekerjaan/${i.pekerjaanId}/volume`,
    body: () => ({ value: 1 }),
    nested: true,
  },
  {
    route: "/volumes",
    method: "PUT",
    path: () => "/volumes",
    body: (i) => ({ items: [{ pekerjaanId: i.pekerjaanId, value: 1 }] }),
    nested: true,
  },
  { route: "/pekerjaan/[pekerjaanId]/convert", method: "POST", path: (i) => `/pekerjaan/${i.pekerjaanId}/convert`, nested: true },
  { route: "/parameters", method: "GET", path: () => "/parameters", nested: false },
  { route: "/parameters", method: "POST", path: () => "/parameters", body: () => ({ name: "x", value: 1 }), nested: false },
  {
    route: "/parameters/[parameterId]",
    method: "PATCH",
    path: (i) => `/parameters/${i.parameterId}`,
    body: () => ({ value: 2 }),
    nested: true,
  },
  { route: "/parameters/[parameterId]", method: "DELETE", path: (i) => `/parameters/${i.parameterId}`, nested: true },
  { route: "/harga-items", method: "GET", path: () => "/harga-items", nested: false },
  {
    route: "/harga-items",
    method: "PATCH",
    path: () => "/harga-items",
    body: () => ({ items: [{ kode: "L.01", harga: 1 }] }),
    nested: false,
  },
  {
    route: "/harga-items/[hargaItemId]",
    method: "PATCH",
    path: (i) => `/harga-items/${i.hargaItemId}`,
    body: () => ({ harga: 1 }),
    nested: true,
  },
  { route: "/harga-items/[hargaItemId]", method: "DELETE", path: (i) => `/harga-items/${i.hargaItemId}`, nested: true },
  // Multipart; the access check answers before the body is read. Chosen ids of another project: harga-import.int.test.ts.
  { route: "/harga-items/import", method: "POST", path: () => "/harga-items/import", nested: false },
  // Jadwal routes: the foreign-project check answers before any body is read. Their
  // cases with nested ids (e.g. a pekerjaanId in the entries body) belong to that module.
  { route: "/jadwal", method: "GET", path: () => "/jadwal", nested: false },
  { route: "/kurva-s", method: "GET", path: () => "/kurva-s", nested: false },
  { route: "/jadwal/entries", method: "PUT", path: () => "/jadwal/entries", body: () => ({}), nested: false },
  { route: "/jadwal/spread", method: "POST", path: () => "/jadwal/spread", body: () => ({}), nested: false },
  { route: "/jadwal/clear", method: "POST", path: () => "/jadwal/clear", body: () => ({}), nested: false },
  { route: "/jadwal/remap-preview", method: "POST", path: () => "/jadwal/remap-preview", body: () => ({}), nested: false },
  // Copy, batch copy and templates.
  { route: "/copy", method: "POST", path: () => "/copy", body: () => ({ name: "Salinan" }), nested: false },
  { route: "/batch-copy", method: "POST", path: () => "/batch-copy", body: () => ({ baseName: "Salinan", count: 1 }), nested: false },
  { route: "/templates", method: "POST", path: () => "/templates", body: () => ({ name: "Templat" }), nested: false },
  { route: "/apply-template", method: "POST", path: () => "/apply-template", body: (i) => ({ templateId: i.templateId }), nested: false },
  { route: "/exports/[file]", method: "GET", path: () => "/exports/backup.json", nested: false },
  // The team: a member of the victim's project is nobody in another project.
  { route: "/members", method: "GET", path: () => "/members", nested: false },
  {
    route: "/members",
    method: "POST",
    path: () => "/members",
    body: () => ({ email: "penyusup@test.local", role: "editor" }),
    nested: false,
  },
  { route: "/members/[userId]", method: "PATCH", path: (i) => `/members/${i.memberId}`, body: () => ({ role: "viewer" }), nested: true },
  { route: "/members/[userId]", method: "DELETE", path: (i) => `/members/${i.memberId}`, nested: true },
  { route: "/transfer", method: "POST", path: () => "/transfer", body: (i) => ({ userId: i.memberId }), nested: false },
  // Versions: another project's version is as unknown as a missing one.
  { route: "/versions", method: "GET", path: () => "/versions", nested: false },
  { route: "/versions", method: "POST", path: () => "/versions", body: () => ({ name: "Kontrak", kind: "kontrak" }), nested: false },
  { route: "/versions/[versionId]", method: "GET", path: (i) => `/versions/${i.versionId}`, nested: true },
  { route: "/versions/[versionId]/rekap-rab", method: "GET", path: (i) => `/versions/${i.versionId}/rekap-rab`, nested: true },
  { route: "/versions/[versionId]/rekap-kebutuhan", method: "GET", path: (i) => `/versions/${i.versionId}/rekap-kebutuhan`, nested: true },
  { route: "/versions/[versionId]/jadwal", method: "GET", path: (i) => `/versions/${i.versionId}/jadwal`, nested: true },
  { route: "/versions/[versionId]/kurva-s", method: "GET", path: (i) => `/versions/${i.versionId}/kurva-s?view=month`, nested: true },
  {
    route: "/versions/[versionId]/rincian-ahsp/[pekerjaanId]",
    method: "GET",
    path: (i) => `/versions/${i.versionId}/rincian-ahsp/${i.pekerjaanId}`,
    nested: true,
  },
  { route: "/versions/[versionId]/restore", method: "POST", path: (i) => `/versions/${i.versionId}/restore`, nested: true },
  { route: "/compare", method: "GET", path: () => "/compare?from=live&to=live", nested: false },
  { route: "/compare", method: "GET", path: (i) => `/compare?from=${i.versionId}&to=live`, nested: true },
];

// Ids that reach another project through a body rather than the path.
const BODY_REFERENCES: RouteCase[] = [
  {
    route: "/pekerjaan/[pekerjaanId]",
    method: "PATCH",
    path: (i) => `/pekerjaan/${i.pekerjaanId}`,
    body: () => ({ subKlasifikasiId: victim.subKlasifikasiId }),
    nested: true,
  },
  {
    route: "/pekerjaan/[pekerjaanId]/lines",
    method: "PUT",
    path: (i) => `/pekerjaan/${i.pekerjaanId}/lines`,
    body: () => ({ lines: [{ ...line, kategori: "LAIN", kode: "BDL", bundlePekerjaanId: victim.pekerjaanId }] }),
    nested: true,
  },
  // A copy of another project's version.
  { route: "/copy", method: "POST", path: () => "/copy", body: () => ({ name: "Salinan", versionId: victim.versionId }), nested: true },
  // Another user's private template is as unknown as a missing one.
  {
    route: "/apply-template",
    method: "POST",
    path: () => "/apply-template",
    body: () => ({ templateId: victim.templateId }),
    nested: true,
  },
];

const ROUTES_DIR = path.resolve(import.meta.dirname, "../../app/api/v1/projects/[projectId]");

/** Every (method, route) exported by a route file under app/api/v1/projects/[projectId]. */
function declaredRoutes(dir = ROUTES_DIR, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return declaredRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(path.join(dir, entry.name), "utf8");
    return [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${prefix}`);
  });
}

let victim: Ids;
let victimToken: string;
let intruderToken: string;
let intruderIds: Ids;

async function projectWithEverything(token: string): Promise<Ids> {
  const projectId = await newProject(token);
  const { klasifikasiId, subKlasifikasiId } = await newSection(token, projectId);
  const pekerjaanId = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Galian", lines: [line], volume: "3" });
  const parameter = await ok(token, `/api/v1/projects/${projectId}/parameters`, { json: { name: "panjang", value: 5 } }, 201);
  const [hargaItem] = await ok(token, `/api/v1/projects/${projectId}/harga-items`);
  const template = await ok(token, `/api/v1/projects/${projectId}/templates`, { json: { name: "Templat pribadi" } }, 201);
  const version = await ok(token, `/api/v1/projects/${projectId}/versions`, { json: { name: "OE", kind: "oe" } }, 201);
  return {
    projectId,
    klasifikasiId,
    subKlasifikasiId,
    pekerjaanId,
    parameterId: parameter.id,
    hargaItemId: hargaItem.id,
    templateId: template.id,
    memberId: randomUUID(),
    versionId: version.id,
  };
}

beforeAll(async () => {
  const owner = await newUser("victim");
  const intruder = await newUser("intruder");
  victimToken = owner.token;
  intruderToken = intruder.token;
  victim = await projectWithEverything(victimToken);
  const member = await newUser("member");
  await ok(victimToken, `/api/v1/projects/${victim.projectId}/members`, { json: { email: member.email, role: "editor" } }, 201);
  victim.memberId = member.id;
  intruderIds = await projectWithEverything(intruderToken);
  // A library snapshot, so that convert has a ref pekerjaan to refuse.
  const ahspId = await seedAhspItem(inject("databaseUrl"), {
    kode: "1.1",
    uraian: "Uji",
    satuan: "m2",
    lines: [{ kategori: "TK", kodeItem: "L.01", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "1" }],
  });
  await ok(
    victimToken,
    `/api/v1/projects/${victim.projectId}/pekerjaan`,
    { json: { subKlasifikasiId: victim.subKlasifikasiId, source: "ref", ahspId } },
    201,
  );
});

async function send(token: string, projectId: string, c: RouteCase, ids: Ids) {
  return call(`/api/v1/projects/${projectId}${c.path(ids)}`, { method: c.method, token, json: c.body?.(ids) });
}

describe("access to projects of other users", () => {
  it("has a case for every route declared under /projects/[projectId]", () => {
    const covered = new Set(ROUTES.map((c) => `${c.method} ${c.route}`));
    expect(declaredRoutes().sort()).toEqual([...covered].sort());
  });

  it.each(ROUTES.map((c) => [`${c.method} ${c.path(victimPlaceholder())}`, c] as const))(
    "%s on another user's project answers 404",
    async (_name, c) => {
      const res = await send(intruderToken, victim.projectId, c, victim);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    },
  );

  it.each(
    [...ROUTES, ...BODY_REFERENCES].filter((c) => c.nested).map((c, n) => [`${n} ${c.method} ${c.path(victimPlaceholder())}`, c] as const),
  )("%s with another project's ids inside one's own project answers 404", async (_name, c) => {
    const res = await send(
      intruderToken,
      intruderIds.projectId,
      c,
      BODY_REFERENCES.includes(c) ? intruderIds : { ...victim, projectId: intruderIds.projectId },
    );
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });

  it("left the victim's project untouched, and the owner still reaches it", async () => {
    const project = await ok(victimToken, `/api/v1/projects/${victim.projectId}`);
    expect(project).toMatchObject({ name: "Gedung Uji", ppnPercent: "11.00", archivedAt: null });
    const tree = await ok(victimToken, `/api/v1/projects/${victim.projectId}/tree`);
    expect(tree.klasifikasi[0].subKlasifikasi[0].pekerjaan[0]).toMatchObject({ id: victim.pekerjaanId, uraian: "Galian", lineCount: 1 });
    expect((await ok(victimToken, `/api/v1/projects/${victim.projectId}/parameters`))[0].value).toBe("5.000000");
    const team = await ok(victimToken, `/api/v1/projects/${victim.projectId}/members`);
    expect(team.members.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [expect.any(String), "owner"],
      [victim.memberId, "editor"],
    ]);
    expect(team.invitations).toEqual([]);
  });

  it("does not list another user's project", async () => {
    const list = await ok(intruderToken, "/api/v1/projects?pageSize=100");
    expect(list.map((p: any) => p.id)).toEqual([intruderIds.projectId]);
  });
});

/** Readable test names: ids shown as placeholders. */
function victimPlaceholder(): Ids {
  return {
    projectId: "{p}",
    klasifikasiId: "{k}",
    subKlasifikasiId: "{s}",
    pekerjaanId: "{w}",
    parameterId: "{prm}",
    hargaItemId: "{h}",
    templateId: "{t}",
    memberId: "{m}",
    versionId: "{v}",
  };
}
