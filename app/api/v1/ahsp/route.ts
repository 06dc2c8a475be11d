import { ApiResult, route } from "@/lib/api/route";
import { searchQuerySchema } from "@/lib/reference/schemas";
import { searchAhsp } from "@/lib/reference/search";

export const GET = route({ query: searchQuerySchema }, async ({ query }) => {
  const page = await searchAhsp({
    q: query.q,
    limit: query.limit,
    ...(query.edition && { editionId: query.edition }),
    ...(query.kategori && { kategori: query.kategori }),
    ...(query.cursor && { cursor: query.cursor }),
  });
  return new ApiResult(page.items, { meta: { nextCursor: page.nextCursor, correctedQuery: page.correctedQuery } });
});
