/** Queries naming the two sides of a comparison: a version id, or "live" for the current estimate. */
import { z } from "zod";

const SIDE_MESSAGE = 'Harus "live" atau id versi.';

export const compareSide = z.union([z.literal("live"), z.uuid()], { error: SIDE_MESSAGE });

export const compareQuery = z.strictObject({ from: compareSide, to: compareSide });

export type CompareQuery = z.infer<typeof compareQuery>;
