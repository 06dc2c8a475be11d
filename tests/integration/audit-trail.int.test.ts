// The audit trail's filters (issue 16, the Riwayat page): by kind, by person, by WIB calendar day,
// and keyset paging that keeps them, including entries written in the same millisecond; the people
// of the trail for the person filter, and the names of the pekerjaan entries point at.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient, type LineBody } from "../support/rab";
import { query } from "../support/database";

const databaseUrl = inject("databaseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(inject("baseUrl"));

type User = Awaited<ReturnType<typeof newUser>>;
interface Entry {
  id: string;
  createdAt: string;
  user: { id: string; name: string } | null;
  entity: string;
  entityId: string | null;
  action: string;
}

const LINES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.2" },
  { kategori: "BHN", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: "11.5" },
];

let owner: User;
let editor: User;
let projectId: string;
let pekerjaanId: string;
const audit = (params = "") => `/api/v1/projects/${projectId}/audit${params}`;

async function entries(token: string, params: string): Promise<Entry[]> {
  return ok<Entry[]>(token, audit(params));
}

/** Every page of a filtered trail, following nextCursor, with the meta of each page. */
async function allPages(params: string, limit: number) {
  const pages: { data: Entry[]; meta: Record<string, unknown> }[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { data: Entry[]; meta: Record<string, unknown> } } = await call(
      audit(`?${params}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`),
      { token: owner.token },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages.push(res.body);
    cursor = res.body.meta.nextCursor as string | null;
  } while (cursor && pages.length < 20);
  return pages;
}

async function setCreatedAt(id: string, iso: string) {
  await query(databaseUrl, `UPDATE "AuditEntry" SET "createdAt" = $1 WHERE id = $2`, [iso, id]);
}

let ownerPrices: Entry[];
let editorPrices: Entry[];
let pricing: Entry;
let memberAdded: Entry;

beforeAll(async () => {
  [owner, editor] = await Promise.all([newUser("pemilik-riwayat"), newUser("editor-riwayat")]);
  projectId = await newProject(owner.token, { name: "Gedung Riwayat" });
  const { subKlasifikasiId } = await newSection(owner.token, projectId);
  pekerjaanId = await newPekerjaan(owner.token, projectId, subKlasifikasiId, { uraian: "Pagar", kode: "K.1", lines: LINES, volume: "10" });
  await ok(owner.token, `/api/v1/projects/${projectId}/members`, { json: { email: editor.email, role: "editor" } }, 201);
  await ok(editor.token, `/api/v1/projects/${projectId}/pekerjaan/${pekerjaanId}/volume`, { method: "PUT", json: { value: "12.5" } });
  for (const harga of ["1000", "1100", "1200", "1300", "1400"]) await setPrices(editor.token, projectId, { "B.01": harga });
  for (const harga of ["50000", "60000"]) await setPrices(owner.token, projectId, { "L.01": harga });
  await ok(owner.token, `/api/v1/projects/${projectId}/pricing`, { method: "PATCH", json: { ppnPercent: "12" } });

  const all = await entries(owner.token, "?limit=200");
  const of = (user: User, entity: string) => all.filter((e) => e.user?.id === user.id && e.entity === entity);
  editorPrices = of(editor, "hargaItems");
  ownerPrices = of(owner, "hargaItems").reverse(); // oldest first
  pricing = of(owner, "pricing")[0]!;
  memberAdded = of(owner, "member")[0]!;
  expect([editorPrices.length, ownerPrices.length]).toEqual([5, 2]);

  // Around the WIB midnights of 2 and 3 March 2020 (UTC+7): 17:00 UTC is midnight in Jakarta.
  await setCreatedAt(ownerPrices[0]!.id, "2020-03-01T16:59:59.999Z");
  await setCreatedAt(ownerPrices[1]!.id, "2020-03-01T17:00:00.000Z");
  await setCreatedAt(pricing.id, "2020-03-02T16:59:59.999Z");
  await setCreatedAt(memberAdded.id, "2020-03-02T17:00:00.000Z");
  // The editor's five price edits in one millisecond: only the id orders them.
  for (const e of editorPrices) await setCreatedAt(e.id, "2020-05-05T05:00:00.000Z");
});

describe("filters", () => {
  it("by kind: only that entity, from everyone", async () => {
    const prices = await entries(owner.token, "?entity=hargaItems");
    expect(prices.map((e) => e.id).sort()).toEqual([...editorPrices, ...ownerPrices].map((e) => e.id).sort());
  });

  it("by person: only their entries, also combined with a kind", async () => {
    const theirs = await entries(owner.token, `?userId=${editor.id}`);
    expect(new Set(theirs.map((e) => e.user?.id))).toEqual(new Set([editor.id]));
    expect(theirs.map((e) => e.entity).sort()).toEqual([
      "hargaItems",
      "hargaItems",
      "hargaItems",
      "hargaItems",
      "hargaItems",
      "pekerjaan.volume",
    ]);
    const volumes = await entries(owner.token, `?userId=${editor.id}&entity=pekerjaan.volume`);
    expect(volumes).toHaveLength(1);
    expect(volumes[0]).toMatchObject({ entityId: pekerjaanId, after: { volume: "12.500" } });
  });

  it("by WIB days, both ends included", async () => {
    const ids = async (params: string) => (await entries(owner.token, params)).map((e) => e.id);
    expect(await ids("?from=2020-03-02&to=2020-03-02")).toEqual([pricing.id, ownerPrices[1]!.id]);
    expect(await ids("?to=2020-03-01")).toEqual([ownerPrices[0]!.id]);
    expect(await ids("?from=2020-03-02&to=2020-03-03")).toEqual([memberAdded.id, pricing.id, ownerPrices[1]!.id]);
    expect(await ids(`?from=2020-03-01&to=2020-12-31&userId=${owner.id}&entity=hargaItems`)).toEqual([
      ownerPrices[1]!.id,
      ownerPrices[0]!.id,
    ]);
  });

  it("refuses what it cannot read, naming the field", async () => {
    const cases: [string, string][] = [
      ["?from=2020-02-30", "query.from"],
      ["?to=07-12-2026", "query.to"],
      ["?from=2020-03-03&to=2020-03-02", "query.to"],
      ["?entity=nothing", "query.entity"],
      ["?userId=ani", "query.userId"],
    ];
    for (const [params, path] of cases) {
      const res = await call(audit(params), { token: owner.token });
      expect([params, res.status, res.body.error.details.fields.map((f: { path: string }) => f.path)]).toEqual([params, 400, [path]]);
    }
  });
});

describe("paging", () => {
  it("keeps the filters on every page and splits entries of the same millisecond exactly once", async () => {
    const pages = await allPages(`entity=hargaItems&userId=${editor.id}`, 2);
    expect(pages.map((p) => p.data.length)).toEqual([2, 2, 1]);
    const ids = pages.flatMap((p) => p.data.map((e) => e.id));
    // Newest first; within one createdAt, by id descending.
    expect(ids).toEqual(
      editorPrices
        .map((e) => e.id)
        .sort()
        .reverse(),
    );
  });

  it("pages a date range to its end", async () => {
    const pages = await allPages("from=2020-03-01&to=2020-03-02", 1);
    expect(pages.flatMap((p) => p.data.map((e) => e.id))).toEqual([pricing.id, ownerPrices[1]!.id, ownerPrices[0]!.id]);
    expect(pages.at(-1)!.meta.nextCursor).toBeNull();
  });
});

describe("meta", () => {
  it("names the people of the trail on the first page, members who left too, and not on later pages", async () => {
    const leaver = await newUser("keluar-riwayat");
    await ok(owner.token, `/api/v1/projects/${projectId}/members`, { json: { email: leaver.email, role: "editor" } }, 201);
    await ok(leaver.token, `/api/v1/projects/${projectId}/pricing`, { method: "PATCH", json: { ppnPercent: "11" } });
    await ok(leaver.token, `/api/v1/projects/${projectId}/members/${leaver.id}`, { method: "DELETE" });

    const first = await call(audit("?limit=1"), { token: owner.token });
    // By name; the member who left still has their entries, so they can still be picked.
    expect(first.body.meta.people).toEqual([
      { id: editor.id, name: "Uji editor-riwayat" },
      { id: leaver.id, name: "Uji keluar-riwayat" },
      { id: owner.id, name: "Uji pemilik-riwayat" },
    ]);
    const second = await call(audit(`?limit=1&cursor=${first.body.meta.nextCursor}`), { token: owner.token });
    expect(second.status).toBe(200);
    expect(second.body.meta.people).toBeUndefined();
  });

  it("names the pekerjaan an entry points at by id", async () => {
    const res = await call(audit(`?entity=pekerjaan.volume&userId=${editor.id}`), { token: owner.token });
    expect(res.body.meta.pekerjaan).toEqual({ [pekerjaanId]: "K.1 Pagar" });
  });

  it("is readable by a viewer", async () => {
    const viewer = await newUser("peninjau-riwayat");
    await ok(owner.token, `/api/v1/projects/${projectId}/members`, { json: { email: viewer.email, role: "viewer" } }, 201);
    expect((await entries(viewer.token, "?entity=pricing")).length).toBeGreaterThan(0);
  });
});
