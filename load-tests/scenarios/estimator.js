import { check, sleep } from "k6";
import { data, get, send } from "../lib/api.js";
import { priceEverything } from "../lib/fixtures.js";

var QUERIES = ["beton", "galian tanah", "2.2.1", "plesteran", "betom", "bekisting"];

/** Weight 10: lists projects, opens the tree, reads the Rekap RAB, searches, saves volumes and prices. */
export function estimator(user, project) {
  var base = "/api/v1/projects/" + project.id;
  get(user.token, "/api/v1/projects?limit=20", "list projects");
  get(user.token, base + "/tree", "project tree");
  get(user.token, base + "/rekap-rab", "rekap rab");
  get(user.token, "/api/v1/ahsp?q=" + encodeURIComponent(QUERIES[__ITER % QUERIES.length]) + "&limit=20", "search library");
  sleep(1);
  var pekerjaanId = project.pekerjaanIds[__ITER % project.pekerjaanIds.length];
  send("PUT", user.token, base + "/pekerjaan/" + pekerjaanId + "/volume", { value: String(10 + (__ITER % 7)) }, "save volume");
  if (__ITER % 5 === 0) priceEverything(user.token, project.id);
  var rekap = data(get(user.token, base + "/rekap-rab", "rekap rab"));
  check(rekap, {
    "rekap has totals and terbilang": function (r) {
      return r !== null && r.totals !== undefined && typeof r.totals.terbilang === "string";
    },
  });
  sleep(2);
}
