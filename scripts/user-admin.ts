/**
 * npm run user:admin -- <email> [--revoke]
 *
 * Grants (or with --revoke removes) the admin flag that allows importing the AHSP
 * reference library. Exit codes: 0 done; 1 usage or database error, or no such account.
 */
import { setAdmin } from "@/lib/auth/admin";
import { emailSchema } from "@/lib/auth/schemas";
import { openCliDatabase } from "./lib/cli-database";

const USAGE = "Pemakaian: npm run user:admin -- <email> [--revoke]";

async function main(argv: string[]): Promise<number> {
  const revoke = argv.includes("--revoke");
  const rest = argv.filter((arg) => arg !== "--revoke");
  const email = emailSchema.safeParse(rest[0]);
  if (rest.length !== 1 || !email.success) {
    console.error(USAGE);
    return 1;
  }
  const database = await openCliDatabase();
  try {
    const user = await setAdmin(email.data, !revoke);
    if (!user) {
      console.error(`Tidak ada akun dengan email ${email.data}.`);
      return 1;
    }
    console.log(`${user.name} <${user.email}> ${user.isAdmin ? "sekarang admin" : "bukan admin lagi"}.`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
