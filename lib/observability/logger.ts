import pino from "pino";
import { logLevelOf } from "@/lib/env";

// JSON lines on stdout; level from LOG_LEVEL (logLevelOf never throws: logging must work
// even while reporting an invalid configuration).
export const logger = pino({
  level: logLevelOf(),
  base: { service: "rab-ahsp" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
