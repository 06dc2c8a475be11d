import pino from "pino";

// JSON lines on stdout; level from LOG_LEVEL. Read directly (not via env()) so logging
// works even while reporting an invalid configuration.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "rab-ahsp" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
