import { describe, expect, it } from "vitest";
import { allowedMethods, type RouteMethods } from "./route-methods";

const TABLE: RouteMethods = [
  ["/[...path]", ["GET", "POST", "PUT", "PATCH", "DELETE"]],
  ["/me", ["GET"]],
  ["/projects", ["GET", "POST"]],
  ["/projects/import", ["POST"]],
  ["/projects/[projectId]", ["GET", "PATCH", "DELETE"]],
  ["/projects/[projectId]/parameters/[parameterId]", ["PATCH", "DELETE"]],
];

describe("allowedMethods", () => {
  it("lists the route's handlers with OPTIONS, and HEAD when it has GET, sorted as Next does", () => {
    expect(allowedMethods(TABLE, "/me")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods(TABLE, "/projects/abc/parameters/def")).toEqual(["DELETE", "OPTIONS", "PATCH"]);
  });

  it("prefers a static segment over a parameter, as Next's router does", () => {
    expect(allowedMethods(TABLE, "/projects/import")).toEqual(["OPTIONS", "POST"]);
    expect(allowedMethods(TABLE, "/projects/123")).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH"]);
  });

  it("leaves paths only the catch-all serves to it", () => {
    expect(allowedMethods(TABLE, "/tidak-ada")).toBeNull();
    expect(allowedMethods(TABLE, "/projects/1/tidak-ada")).toBeNull();
    expect(allowedMethods(TABLE, "/me/extra")).toBeNull();
  });
});
