import { z } from "zod";
import { passwordProblem } from "./password-policy";

export const emailSchema = z
  .string({ error: "Email wajib diisi." })
  .trim()
  .toLowerCase()
  .max(254, "Email terlalu panjang.")
  .pipe(z.email({ error: "Format email tidak valid." }));

export const passwordSchema = z
  .string({ error: "Kata sandi wajib diisi." })
  .min(8, "Kata sandi minimal 8 karakter.")
  .max(200, "Kata sandi maksimal 200 karakter.");

export const nameSchema = z
  .string({ error: "Nama wajib diisi." })
  .trim()
  .min(1, "Nama wajib diisi.")
  .max(100, "Nama maksimal 100 karakter.");

export const registerSchema = z
  .strictObject({
    email: emailSchema,
    password: passwordSchema,
    name: nameSchema,
  })
  .superRefine((account, ctx) => {
    const problem = passwordProblem(account.password, account);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const tokenNameSchema = z
  .string({ error: "Nama token wajib diisi." })
  .trim()
  .min(1, "Nama token wajib diisi.")
  .max(80, "Nama token maksimal 80 karakter.");

export const tokenExchangeSchema = z.strictObject({
  email: emailSchema,
  password: z.string({ error: "Kata sandi wajib diisi." }).min(1).max(200),
  name: tokenNameSchema,
});

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string({ error: "Kata sandi saat ini wajib diisi." }).min(1, "Kata sandi saat ini wajib diisi.").max(200),
  newPassword: passwordSchema,
});

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });

const INVALID_RESET_LINK = "Tautan atur ulang kata sandi tidak valid. Minta tautan baru.";

export const passwordResetConfirmSchema = z.strictObject({
  // 32 random bytes, base64url: anything else can not be a link we mailed.
  token: z.string({ error: INVALID_RESET_LINK }).regex(/^[A-Za-z0-9_-]{43}$/, INVALID_RESET_LINK),
  password: passwordSchema,
});
