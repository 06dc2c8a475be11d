import "server-only";
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import type { Logger } from "pino";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Never a rejection: a request goes on whether or not its mail went out, and says so if it must. */
export type MailResult = { delivered: true } | { delivered: false; reason: "not_configured" | "failed" };

export type SendMail = (mail: Mail) => Promise<MailResult>;

export interface MailerConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; unset: each message is logged instead. */
  smtpUrl: string | undefined;
  from: string;
  log: Logger;
}

// nodemailer waits minutes by default; a caller that awaits its mail must not hang on a dead relay.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export function createMailer({ smtpUrl, from, log }: MailerConfig): SendMail {
  if (!smtpUrl) {
    return async (mail) => {
      // The embedded default has no relay: the operator reads the message, link included, here.
      log.warn(
        { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
        "SMTP_URL tidak diset: email tidak dikirim, isinya dicatat",
      );
      return { delivered: false, reason: "not_configured" };
    };
  }
  const transport = nodemailer.createTransport(new SMTPTransport({ url: smtpUrl, ...TIMEOUTS }));
  return async (mail) => {
    try {
      const info = await transport.sendMail({ from, ...mail });
      log.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, "Email terkirim");
      return { delivered: true };
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error), to: mail.to, subject: mail.subject }, "Email gagal dikirim");
      return { delivered: false, reason: "failed" };
    }
  };
}

let configured: SendMail | undefined;

/** Sends through SMTP_URL as MAIL_FROM (lib/env.ts), or logs the message when SMTP_URL is unset. */
export function sendMail(mail: Mail): Promise<MailResult> {
  configured ??= createMailer({ smtpUrl: env().SMTP_URL, from: env().MAIL_FROM, log: logger });
  return configured(mail);
}
