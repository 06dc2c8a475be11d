import { fail } from "k6";
import { data, get, send, sendText } from "./api.js";
import { PEKERJAAN_PER_PROJECT } from "./config.js";

/**
 * One priced project per user. The first is built through the API; the others restore its
 * backup (GET …/exports/backup.json, POST /api/v1/projects/import): one request per user instead
 * of three per pekerjaan, which matters where staging keeps its write limits.
 */
export function createProjects(users) {
  var first = buildProject(users[0].token, "Proyek k6 0");
  var backup = get(users[0].token, "/api/v1/projects/" + first.id + "/exports/backup.json", "backup project", "export");
  var projects = [first];
  for (var i = 1; i < users.length; i++) projects.push(restore(users[i].token, backup, "Proyek k6 " + i));
  return projects;
}

function restore(token, backup, name) {
  var doc = /** @type {any} */ (backup.json());
  doc.project.name = name;
  var project = data(sendText(token, "/api/v1/projects/import", JSON.stringify(doc), "restore project", 201));
  if (!project || !project.id) fail("could not restore the load-test project from its backup");
  var tree = data(get(token, "/api/v1/projects/" + project.id + "/tree", "tree"));
  return { id: project.id, pekerjaanIds: pekerjaanIdsOf(tree) };
}

function pekerjaanIdsOf(tree) {
  var ids = [];
  for (var k = 0; k < tree.klasifikasi.length; k++) {
    var subs = tree.klasifikasi[k].subKlasifikasi;
    for (var s = 0; s < subs.length; s++) for (var p = 0; p < subs[s].pekerjaan.length; p++) ids.push(subs[s].pekerjaan[p].id);
  }
  return ids;
}

/**
 * One klasifikasi and sub-klasifikasi with PEKERJAAN_PER_PROJECT pekerjaan, each with a volume:
 * library items found by searching "beton" where the server has a library, custom pekerjaan with
 * their own analysis lines for the rest (a fresh database has no library), then every item priced.
 */
function buildProject(token, name) {
  var project = data(
    send(
      "POST",
      token,
      "/api/v1/projects",
      {
        name: name,
        location: "Kabupaten Pangandaran",
        client: "Dinas PUPR",
        fundingSource: "APBD",
        startDate: "2026-01-05",
        durationDays: 120,
      },
      "create project",
      201,
    ),
  );
  if (!project || !project.id) fail("could not create a project");
  var base = "/api/v1/projects/" + project.id;
  var klas = data(send("POST", token, base + "/klasifikasi", { name: "Pekerjaan Struktur" }, "create klasifikasi", 201));
  var sub = data(send("POST", token, base + "/klasifikasi/" + klas.id + "/sub-klasifikasi", { name: "Beton" }, "create sub", 201));
  var found = data(get(token, "/api/v1/ahsp?q=beton&limit=" + Math.min(PEKERJAAN_PER_PROJECT, 50), "search library")) || [];
  var pekerjaanIds = [];
  for (var i = 0; i < PEKERJAAN_PER_PROJECT; i++) {
    var id = i < found.length ? addFromLibrary(token, base, sub.id, found[i].id) : addCustom(token, base, sub.id, i);
    if (!id) fail("could not add pekerjaan " + (i + 1) + " to the load-test project");
    pekerjaanIds.push(id);
    send("PUT", token, base + "/pekerjaan/" + id + "/volume", { value: String(10 + i) }, "save volume");
  }
  priceEverything(token, project.id);
  return { id: project.id, pekerjaanIds: pekerjaanIds };
}

function addFromLibrary(token, base, subId, ahspId) {
  var res = send("POST", token, base + "/pekerjaan", { subKlasifikasiId: subId, source: "ref", ahspId: ahspId }, "add pekerjaan", 201);
  return res.status === 201 ? data(res).id : null;
}

function addCustom(token, base, subId, i) {
  var body = { subKlasifikasiId: subId, source: "custom", kode: "K6." + (i + 1), uraian: "Pekerjaan beton k6 " + (i + 1), satuan: "m3" };
  var res = send("POST", token, base + "/pekerjaan", body, "add pekerjaan", 201);
  if (res.status !== 201) return null;
  var id = data(res).id;
  send("PUT", token, base + "/pekerjaan/" + id + "/lines", { lines: customLines(i) }, "save lines");
  return id;
}

/** Labour, one of seven materials and a mixer: enough for every Rekap and Kebutuhan row kind. */
function customLines(i) {
  return [
    { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.75" },
    { kategori: "BHN", kode: "B.0" + (i % 7), uraian: "Bahan " + (i % 7), satuan: "kg", koefisien: "12.5" },
    { kategori: "ALT", kode: "E.01", uraian: "Molen beton", satuan: "jam", koefisien: "0.25" },
  ];
}

export function priceEverything(token, projectId) {
  var items = data(get(token, "/api/v1/projects/" + projectId + "/harga-items", "harga items"));
  var prices = [];
  for (var i = 0; i < items.length; i++) prices.push({ kode: items[i].kode, harga: String(50000 + i * 1000) });
  if (prices.length) send("PATCH", token, "/api/v1/projects/" + projectId + "/harga-items", { items: prices }, "save prices");
}
