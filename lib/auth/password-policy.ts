import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password rules beyond length (NIST SP 800-63B §5.1.1.2: refuse values known to be commonly
 * used or derived from the account). Each message says which rule failed, to show on the field.
 */

// zxcvbn-ts' list is ranked by frequency in leaked password sets; its head is what guessers try first.
const COMMON_COUNT = 10_000;
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].slice(0, COMMON_COUNT));
  return common;
}

/** Lower-cased letters and digits only: "Budi.Santoso" and "budi santoso" compare equal. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

// A 2–3 letter name or mailbox ("Ani", "tri@…") occurs inside too many unrelated passwords to refuse them.
const MIN_PART = 4;

function contains(squashedPassword: string, part: string): boolean {
  return part.length >= MIN_PART && squashedPassword.includes(part);
}

export interface Account {
  email: string;
  name: string;
}

/** The first rule `password` breaks for this account, as a message for the person; null when none. */
export function passwordProblem(password: string, account: Account): string | null {
  if (password.trim() === "") return "Kata sandi tidak boleh hanya berisi spasi.";
  if (commonPasswords().has(password.toLowerCase())) {
    return "Kata sandi ini termasuk 10.000 kata sandi yang paling umum dipakai. Pilih yang lain.";
  }
  const squashed = squash(password);
  // The part before "+" is the mailbox; a "+tag" changes nothing about what a guesser tries.
  if (contains(squashed, squash(account.email.split("@")[0]!.split("+")[0]!))) {
    return "Kata sandi tidak boleh memuat alamat email Anda.";
  }
  if (contains(squashed, squash(account.name))) return "Kata sandi tidak boleh memuat nama Anda.";
  return null;
}
