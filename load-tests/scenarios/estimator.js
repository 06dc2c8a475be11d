import { check, sleep } from "k6";
import { data, send } from "../lib/api.js";
import { priceEverything } from "../lib/fixtures.js";
import { listProjects, projectRead, searchLibrary } from "../lib/reads.js";

/** Weight 10: lists projects, opens the tree, reads the Rekap RAB, searches, saves volumes and prices. */
export function estimator(user, project) {
  var base = "/api/v1/projects/" + project.id;
  listProjects(user);
  projectRead(user, project, "tree");
  projectRead(user, project, "rekap-rab");
  searchLibrary(user, __ITER);
  sleep(1);
  var pekerjaanId = project.pekerjaanIds[__ITER % project.pekerjaanIds.length];
  send("PUT", user.token, base + "/pekerjaan/" + pekerjaanId + "/volume", { value: String(10 + (__ITER % 7)) }, "save volume");
  if (__ITER % 5 === 0) priceEverything(user.token, project.id);
  var rekap = data(projectRead(user, project, "rekap-rab"));
  check(rekap, {
    "rekap has totals and terbilang": function (r) {
      return Boolean(r && r.totals) && typeof r.totals.terbilang === "string";
    },
  });
  sleep(2);
}
