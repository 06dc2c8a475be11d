import { get } from "./api.js";

var SEARCH_QUERIES = ["beton", "galian tanah", "2.2.1", "plesteran", "betom", "bekisting"];

/** The reads the scenarios share; `i` picks the search query (words, a kode, a misspelling). */
export function listProjects(user) {
  return get(user.token, "/api/v1/projects?pageSize=20", "list projects");
}

export function searchLibrary(user, i) {
  var q = SEARCH_QUERIES[i % SEARCH_QUERIES.length];
  return get(user.token, "/api/v1/ahsp?q=" + encodeURIComponent(q) + "&limit=20", "search library");
}

/** A project-scoped read: `what` is the path under the project and, with spaces, the request's name. */
export function projectRead(user, project, what) {
  return get(user.token, "/api/v1/projects/" + project.id + "/" + what, what.replace("-", " "));
}
