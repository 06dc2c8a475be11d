import { route } from "@/lib/api/route";
import { uploadTemplate } from "@/lib/projects/export";

/** The upload's template XLSX: the columns POST /projects/upload reads, an example row and a guide sheet. */
export const GET = route({}, () => uploadTemplate());
