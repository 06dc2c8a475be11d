import { route } from "@/lib/api/route";
import { actorOf } from "@/lib/projects/params";
import { versionParams } from "@/lib/versions/schemas";
import { restoreVersion } from "@/lib/versions/service";

// Replacing the live estimate is the owner's (README "Versi dan addendum"); nothing is lost: the
// live state becomes an automatic version first.
export const POST = route({ project: { need: "own" }, params: versionParams }, (ctx) => restoreVersion(actorOf(ctx), ctx.params.versionId));
