import { route } from "@/lib/api/route";
import { nestedParams } from "@/lib/projects/params";
import { getRincianAhsp } from "@/lib/rekap/rincian";

export const GET = route({ project: {}, params: nestedParams("pekerjaanId") }, ({ project, params }) =>
  getRincianAhsp(project.id, params.pekerjaanId),
);
