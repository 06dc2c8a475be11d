-- CreateEnum
CREATE TYPE "SecurityEventResult" AS ENUM ('success', 'failure', 'denied');

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "kind" TEXT NOT NULL,
    "result" "SecurityEventResult" NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "detail" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SecurityEvent_createdAt_id_idx" ON "SecurityEvent"("createdAt", "id");

-- CreateIndex
CREATE INDEX "SecurityEvent_userId_createdAt_idx" ON "SecurityEvent"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_createdAt_idx" ON "SecurityEvent"("kind", "createdAt");

-- Hand-written: security events are insert-only, enforced here rather than by REVOKE. The app
-- connects as the role that owns its tables (it runs the migrations), and an owner's privileges
-- cannot be revoked from itself; a trigger binds the owner too. UPDATE and TRUNCATE are always
-- refused; DELETE only inside purge_security_events(), which sets a transaction-local flag, and
-- only for rows older than a day, so even that path cannot erase what just happened. (A role
-- that can drop the trigger can still rewrite history: that needs a database admin, not the app.)
CREATE FUNCTION security_event_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('rab.security_event_purge', true) = 'on'
     AND OLD."createdAt" < now() - interval '1 day' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'SecurityEvent hanya dapat ditambah (% ditolak)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "SecurityEvent_insert_only" BEFORE UPDATE OR DELETE ON "SecurityEvent"
  FOR EACH ROW EXECUTE FUNCTION security_event_insert_only();
CREATE TRIGGER "SecurityEvent_no_truncate" BEFORE TRUNCATE ON "SecurityEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION security_event_insert_only();

-- The retention purge: the one way rows leave the table. Returns how many it removed.
CREATE FUNCTION purge_security_events(retention_days integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  removed integer;
BEGIN
  IF retention_days IS NULL OR retention_days < 1 THEN
    RAISE EXCEPTION 'retention_days harus minimal 1';
  END IF;
  PERFORM set_config('rab.security_event_purge', 'on', true);
  DELETE FROM "SecurityEvent" WHERE "createdAt" < now() - make_interval(days => retention_days);
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('rab.security_event_purge', 'off', true);
  RETURN removed;
END $$;
