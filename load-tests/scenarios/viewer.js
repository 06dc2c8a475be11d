import { sleep } from "k6";
import { projectRead } from "../lib/reads.js";

/** Weight 5, read-only: Rekap RAB, Rekap Kebutuhan, Kurva S, jadwal. */
export function viewer(user, project) {
  projectRead(user, project, "rekap-rab");
  projectRead(user, project, "rekap-kebutuhan");
  projectRead(user, project, "kurva-s");
  projectRead(user, project, "jadwal");
  sleep(2);
}
