// Exports of a version (issue 17, README "Versi dan addendum"): every report of a version, in
// every format, downloaded before and after the live project (its jadwal too) is edited, is the same file. PDF
// and CSV byte for byte (a version's documents carry the version's time as their date and
// creation time); an XLSX is a zip whose entries carry the time it was zipped, so it is compared
// entry by entry, every entry's bytes equal. The version's XLSX Rekap RAB prints its frozen totals.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { inflateZip } from "@/lib/archive/zip";
import { asMoney, numberAt, readWorkbook, rowsByText } from "../support/exports";
import { rabClient } from "../support/rab";
import { buildRichProject, editEstimate, type RichProject } from "../support/rich-project";

const baseUrl = inject("baseUrl");
const client = rabClient(baseUrl);
const { call, newUser, ok } = client;

type User = Awaited<ReturnType<typeof newUser>>;
let owner: User;
let viewer: User;
let stranger: User;
let rich: RichProject;
let base: string;

const VERSION_FILES = ["rekap-rab", "rincian-ahsp", "harga-items", "rekap-kebutuhan"]
  .flatMap((r) => ["xlsx", "pdf", "csv"].map((f) => `${r}.${f}`))
  .concat(["volume.xlsx", "volume.pdf", "jadwal.xlsx", "jadwal.pdf"]);

beforeAll(async () => {
  [owner, viewer, stranger] = (await Promise.all(["pemilik", "peninjau", "luar"].map((l) => newUser(`versi-ekspor-${l}`)))) as [
    User,
    User,
    User,
  ];
  rich = await buildRichProject(client, owner.token, inject("databaseUrl"));
  base = `/api/v1/projects/${rich.projectId}`;
  await ok(owner.token, `${base}/members`, { json: { email: viewer.email, role: "viewer" } }, 201);
});

async function download(token: string, path: string) {
  const res = await fetch(`${baseUrl}${base}/exports/${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** An XLSX as its entries' bytes (the zip's own entry times left out); other files as they are. */
function comparable(file: string, body: Buffer): unknown {
  if (!file.endsWith(".xlsx")) return body.toString("base64");
  const { names, files } = inflateZip(body, { maxInflatedBytes: 100 * 1024 * 1024 });
  return names.map((name) => [name, Buffer.from(files.get(name)!).toString("base64")]);
}

async function downloadAll(versionId: string) {
  const answers = await Promise.all(VERSION_FILES.map((file) => download(viewer.token, `${file}?version=${versionId}`)));
  return Object.fromEntries(
    answers.map((res, i) => {
      const file = VERSION_FILES[i]!;
      expect(res.status, file).toBe(200);
      return [file, { name: res.headers.get("content-disposition"), body: comparable(file, res.body) }];
    }),
  );
}

/**
 * A Jadwal or Kurva S view as a version and the live project both show it: klasifikasi ids
 * are synthetic in a version (lib/versions/loaded.ts), and a read-only version's weeks carry
 * no entry version to send back with a save.
 */
function comparableView(view: any): unknown {
  if (!view.klasifikasi) return view;
  return {
    ...view,
    klasifikasi: view.klasifikasi.map((k: any) => ({
      ...k,
      id: null,
      subKlasifikasi: k.subKlasifikasi.map((s: any) => ({
        ...s,
        id: null,
        pekerjaan: s.pekerjaan.map((p: any) => ({ ...p, editVersions: p.editVersions.map(() => 0) })),
      })),
    })),
  };
}

describe("a version's exports", () => {
  it("are the same files after the live project is edited (volume, price, a new pekerjaan, pricing, jadwal)", async () => {
    const version = await ok(owner.token, `${base}/versions`, { json: { name: "Kontrak", kind: "kontrak" } }, 201);
    const before = await downloadAll(version.id);
    expect(before["rekap-rab.xlsx"]!.name).toContain("RAB_gedung-asli-versi-kontrak_");

    const liveBefore = await download(owner.token, "rekap-rab.csv");
    await editEstimate(client, owner.token, rich);
    await ok(owner.token, `${base}/parameters`, { json: { name: "tinggi", value: 3 } }, 201);
    await ok(owner.token, `${base}/jadwal/clear`, { json: { field: "actual" } });
    expect((await download(owner.token, "rekap-rab.csv")).body.equals(liveBefore.body)).toBe(false);

    expect(await downloadAll(version.id)).toEqual(before);
  });

  it("print the version's frozen Rekap RAB, titled with the version", async () => {
    const version = await ok(owner.token, `${base}/versions`, { json: { name: "Addendum 1", kind: "addendum" } }, 201);
    const frozen = await ok(owner.token, `${base}/versions/${version.id}/rekap-rab`);
    await ok(owner.token, `${base}/pekerjaan/${rich.ids.galian}/volume`, { method: "PUT", json: { value: "77" } });
    const workbook = await readWorkbook((await download(owner.token, `rekap-rab.xlsx?version=${version.id}`)).body);
    const sheet = workbook.getWorksheet("RAB")!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe("RENCANA ANGGARAN BIAYA (RAB) — Versi Addendum 1");
    const totals = rowsByText(sheet, 1, 10);
    const at = (label: string) => asMoney(numberAt(totals.get(label)!.getCell(7)));
    const ppnLabel = [...totals.keys()].find((label) => label.startsWith("PPN "))!;
    expect({
      totalBiayaLangsung: at("JUMLAH BIAYA LANGSUNG (D)"),
      ppn: at(ppnLabel),
      total: at("JUMLAH TOTAL (D + PPN)"),
      pembulatan: at("DIBULATKAN"),
    }).toEqual({
      totalBiayaLangsung: frozen.totals.totalBiayaLangsung,
      ppn: frozen.totals.ppn,
      total: frozen.totals.total,
      pembulatan: frozen.totals.pembulatan,
    });
    const live = await ok(owner.token, `${base}/rekap-rab`);
    expect(live.totals.totalBiayaLangsung).not.toBe(frozen.totals.totalBiayaLangsung);
  });

  it("show the Jadwal and Kurva S as the live views were when the version was taken", async () => {
    const views = ["jadwal?view=week", "jadwal?view=month", "kurva-s?view=week", "kurva-s?view=month"];
    const read = (prefix: string) => Promise.all(views.map((v) => ok(viewer.token, `${prefix}/${v}`)));
    const live = await read(base);
    const version = await ok(owner.token, `${base}/versions`, { json: { name: "Jadwal", kind: "lainnya" } }, 201);
    await ok(owner.token, `${base}/jadwal/clear`, { json: { field: "planned" } });
    await ok(owner.token, `${base}/pekerjaan/${rich.ids.galian}/volume`, { method: "PUT", json: { value: "91" } });
    expect(await read(base)).not.toEqual(live);

    expect((await read(`${base}/versions/${version.id}`)).map(comparableView)).toEqual(live.map(comparableView));
  });

  it("refuse what a version can not make (400 naming it), another project's version (404), and strangers", async () => {
    const [version] = await ok(owner.token, `${base}/versions`);
    for (const [file, report] of [["backup.json", "Cadangan"]] as const) {
      const res = await call(`${base}/exports/${file}?version=${version.id}`, { token: owner.token });
      expect([res.status, res.body.error.message], file).toEqual([
        400,
        `${report} belum dapat diekspor dari versi; ekspor dari estimasi saat ini.`,
      ]);
    }
    const perbandingan = await call(`${base}/exports/perbandingan.csv?version=${version.id}&from=${version.id}&to=live`, {
      token: owner.token,
    });
    expect([perbandingan.status, perbandingan.body.error.message]).toEqual([
      400,
      "Perbandingan belum dapat diekspor dari versi; ekspor dari estimasi saat ini.",
    ]);

    const other = await client.newProject(owner.token, { name: "Lain" });
    const foreign = await call(`/api/v1/projects/${other}/exports/rekap-rab.xlsx?version=${version.id}`, { token: owner.token });
    expect([foreign.status, foreign.body.error.message]).toEqual([404, "Versi tidak ditemukan."]);
    const bad = await call(`${base}/exports/rekap-rab.xlsx?version=bukan-id`, { token: owner.token });
    expect(bad.status).toBe(400);
    const outsider = await call(`${base}/exports/rekap-rab.xlsx?version=${version.id}`, { token: stranger.token });
    expect(outsider.status).toBe(404);
  });
});
