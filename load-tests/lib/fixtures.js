import { fail } from "k6";
import { data, get, send } from "./api.js";

/**
 * Builds a small priced project through the API from the demo library: one klasifikasi,
 * one sub-klasifikasi and a few library pekerjaan with volumes and prices.
 */
export function createProject(token, name) {
  var project = data(
    send("POST", token, "/api/v1/projects", {
      name: name,
      location: "Kabupaten Pangandaran",
      client: "Dinas PUPR",
      fundingSource: "APBD",
      startDate: "2026-01-05",
      durationDays: 120,
    }, "create project", 201),
  );
  if (!project || !project.id) fail("could not create a project");
  var base = "/api/v1/projects/" + project.id;
  var klas = data(send("POST", token, base + "/klasifikasi", { name: "Pekerjaan Struktur" }, "create klasifikasi", 201));
  var sub = data(
    send("POST", token, base + "/klasifikasi/" + klas.id + "/sub-klasifikasi", { name: "Beton" }, "create sub", 201),
  );
  var found = data(get(token, "/api/v1/ahsp?q=beton&limit=5", "search library"));
  var pekerjaanIds = [];
  for (var i = 0; i < found.length; i++) {
    var p = data(
      send("POST", token, base + "/pekerjaan", { subKlasifikasiId: sub.id, source: "ref", ahspId: found[i].id }, "add pekerjaan", 201),
    );
    pekerjaanIds.push(p.id);
    send("PUT", token, base + "/pekerjaan/" + p.id + "/volume", { value: String(10 + i) }, "save volume");
  }
  priceEverything(token, project.id);
  return { id: project.id, pekerjaanIds: pekerjaanIds };
}

export function priceEverything(token, projectId) {
  var items = data(get(token, "/api/v1/projects/" + projectId + "/harga-items", "harga items"));
  var prices = [];
  for (var i = 0; i < items.length; i++) prices.push({ kode: items[i].kode, harga: String(50000 + i * 1000) });
  if (prices.length) send("PATCH", token, "/api/v1/projects/" + projectId + "/harga-items", { items: prices }, "save prices");
}
