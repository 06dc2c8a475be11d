import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_ACCOUNT = { email: "demo@rab.local", password: "demo-rab-2025", name: "Estimator Demo" };

/** Idempotent: a second run finds the account and leaves it as the user left it. */
export async function seedDemo(): Promise<{ email: string; password: string }> {
  const existing = await db().user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  if (!existing) {
    await db().user.create({
      data: {
        email: DEMO_ACCOUNT.email,
        name: DEMO_ACCOUNT.name,
        passwordHash: await hashPassword(DEMO_ACCOUNT.password),
        isAdmin: true,
      },
    });
  }
  return { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password };
}
