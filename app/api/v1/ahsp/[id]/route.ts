import { ApiError } from "@/lib/kernel/errors";
import { route } from "@/lib/api/route";
import { getAhspItem } from "@/lib/reference/items";
import { itemParamsSchema } from "@/lib/reference/schemas";

export const GET = route({ params: itemParamsSchema }, async ({ params }) => {
  const item = await getAhspItem(params.id);
  if (!item) throw ApiError.notFound("Item AHSP tidak ditemukan.");
  return item;
});
