import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { nestedParams } from "@/lib/projects/params";
import { MEMBER_ROLES } from "@/lib/projects/roles";

const memberRole = z.enum(MEMBER_ROLES, {
  error: (issue) =>
    issue.input === "owner"
      ? "Peran pemilik tidak diberikan di sini: gunakan POST …/transfer untuk mengalihkan kepemilikan."
      : "Peran harus editor atau viewer.",
});

export const addMemberBody = z.strictObject({ email: emailSchema, role: memberRole });
export type AddMemberInput = z.infer<typeof addMemberBody>;

export const updateMemberBody = z.strictObject({ role: memberRole });

export const transferBody = z.strictObject({ userId: z.uuid({ error: "userId harus UUID anggota proyek." }) });

/** …/members/{userId}: a malformed id answers 404 like a user who is no member. */
export const memberParams = nestedParams("userId");
