import "server-only";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "@/lib/env";

export type MailMessage = { to: string; subject: string; text: string; html: string };

/**
 * One message over the configured SMTP server. Timeouts are far below nodemailer's defaults
 * (minutes): the owner waits for this answer, and an unreachable server must not hold it.
 */
export async function sendMail(smtp: SmtpConfig & { url: string }, message: MailMessage) {
  const transport = nodemailer.createTransport({ url: smtp.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  try {
    await transport.sendMail({ from: smtp.from, ...message });
  } finally {
    transport.close();
  }
}
