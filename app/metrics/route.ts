import { metricsHandler } from "@/lib/observability/metrics-handler";

export const dynamic = "force-dynamic";
export const GET = metricsHandler;
