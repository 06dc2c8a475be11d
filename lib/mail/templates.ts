/** Message bodies, plain Indonesian text: each template gives a subject and a text for sendMail. */

export interface MailContent {
  subject: string;
  text: string;
}

export function passwordResetMail(link: string, validMinutes: number): MailContent {
  return {
    subject: "Atur ulang kata sandi RAB AHSP",
    text: [
      "Halo,",
      "",
      "Kami menerima permintaan untuk mengatur ulang kata sandi akun RAB AHSP Anda. Buka tautan berikut untuk membuat kata sandi baru:",
      "",
      link,
      "",
      `Tautan ini berlaku ${validMinutes} menit dan hanya dapat dipakai sekali. Setelah kata sandi diganti, semua sesi dan token API akun Anda diakhiri.`,
      "",
      "Jika Anda tidak meminta ini, abaikan email ini: kata sandi Anda tidak berubah.",
    ].join("\n"),
  };
}
