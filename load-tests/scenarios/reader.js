import { listProjects, projectRead, searchLibrary } from "../lib/reads.js";

/**
 * The capacity profile's read mix: projects list, tree, Rekap RAB, Rekap Kebutuhan, library
 * search, Kurva S. One request per iteration, so an arrival rate is a request rate.
 */
var MIX = [
  function (user) {
    listProjects(user);
  },
  function (user, project) {
    projectRead(user, project, "tree");
  },
  function (user, project) {
    projectRead(user, project, "rekap-rab");
  },
  function (user, project) {
    projectRead(user, project, "rekap-kebutuhan");
  },
  function (user, project, i) {
    searchLibrary(user, i);
  },
  function (user, project) {
    projectRead(user, project, "kurva-s");
  },
];

export function reader(user, project) {
  // __VU spreads the VUs over the mix: each VU alone starts at its own request.
  MIX[(__VU + __ITER) % MIX.length](user, project, __ITER);
}
