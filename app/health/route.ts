import { healthHandler } from "@/lib/health/handlers";

export const dynamic = "force-dynamic";
export const GET = healthHandler;
