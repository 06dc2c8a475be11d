import { sleep } from "k6";
import { data, download, send } from "../lib/api.js";

/** Weight 2, heavy: exports XLSX and PDF, copies the project, deletes the copy. */
export function admin(user, project) {
  var base = "/api/v1/projects/" + project.id;
  download(user.token, base + "/exports/rekap-rab.xlsx", "export rekap xlsx");
  download(user.token, base + "/exports/rekap-rab.pdf", "export rekap pdf");
  var copy = data(send("POST", user.token, base + "/copy", { name: "Salinan k6 " + __VU + "-" + __ITER }, "copy project", 201));
  if (copy && copy.id) send("DELETE", user.token, "/api/v1/projects/" + copy.id, null, "delete copy");
  // Bulk is 5 per 5 minutes per user: pace the loop so the admin stays inside its limit.
  sleep(65);
}
