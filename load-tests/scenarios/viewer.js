import { sleep } from "k6";
import { projectRead } from "../lib/reads.js";

/** Weight 5, read-only: Rekap RAB, Rekap Kebutuhan, Kurva S, schedule. */
export function viewer(user, project) {
  projectRead(user, project, "rekap-rab");
  projectRead(user, project, "rekap-kebutuhan");
  projectRead(user, project, "kurva-s");
  projectRead(user, project, "schedule");
  sleep(2);
}
