import { sleep } from "k6";
import { get } from "../lib/api.js";

/** Weight 5, read-only: Rekap RAB, Rekap Kebutuhan, Kurva S, schedule. */
export function viewer(user, project) {
  var base = "/api/v1/projects/" + project.id;
  get(user.token, base + "/rekap-rab", "rekap rab");
  get(user.token, base + "/rekap-kebutuhan", "rekap kebutuhan");
  get(user.token, base + "/kurva-s", "kurva s");
  get(user.token, base + "/schedule", "schedule");
  sleep(2);
}
