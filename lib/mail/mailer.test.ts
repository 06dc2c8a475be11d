import net from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailSink, type MailSink } from "@/tests/support/mail-sink";
import { createMailer } from "./mailer";
import { passwordResetMail } from "./templates";

const FROM = "RAB AHSP <no-reply@test.local>";
const LINK = "http://localhost:3000/reset-kata-sandi?token=abcDEF123_-";

/** A real pino logger whose JSON lines are kept, parsed, instead of written to stdout. */
function capturedLog() {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: "info" }, sink), lines };
}

/** A local port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("without SMTP_URL", () => {
  it("logs the whole message, link included, and reports it undelivered", async () => {
    const { log, lines } = capturedLog();
    const send = createMailer({ smtpUrl: undefined, from: FROM, log });
    const result = await send({ to: "budi@test.local", ...passwordResetMail(LINK, 30) });
    expect(result).toEqual({ delivered: false, reason: "not_configured" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, mail: { to: "budi@test.local", subject: "Atur ulang kata sandi RAB AHSP" } });
    expect(lines[0]!.mail.text).toContain(LINK);
  });
});

describe("with SMTP_URL", () => {
  let sink: MailSink;
  beforeAll(async () => {
    sink = await startMailSink();
  });
  afterAll(() => sink?.close());

  it("delivers to the server as MAIL_FROM and logs no body", async () => {
    const { log, lines } = capturedLog();
    const send = createMailer({ smtpUrl: sink.url, from: FROM, log });
    expect(await send({ to: "sari@test.local", ...passwordResetMail(LINK, 30) })).toEqual({ delivered: true });
    const mail = await sink.waitFor("sari@test.local");
    expect(mail.from?.text).toBe('"RAB AHSP" <no-reply@test.local>');
    expect(mail.subject).toBe("Atur ulang kata sandi RAB AHSP");
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain("berlaku 30 menit");
    expect(JSON.stringify(lines)).not.toContain(LINK);
  });

  it("reports a relay that refuses the connection as failed, logs why, and does not throw", async () => {
    const { log, lines } = capturedLog();
    const send = createMailer({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM, log });
    expect(await send({ to: "sari@test.local", subject: "Uji", text: "isi" })).toEqual({ delivered: false, reason: "failed" });
    expect(lines).toEqual([expect.objectContaining({ level: 50, to: "sari@test.local", err: expect.stringMatching(/ECONNREFUSED/) })]);
  });
});
