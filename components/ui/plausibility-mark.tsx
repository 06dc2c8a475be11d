import { implausibleNote, type PlausibleField } from "@/lib/format/plausible";

/** A warning mark beside a value that is allowed but rarely meant; its text is the accessible name. */
export function PlausibilityMark({ field, value }: { field: PlausibleField; value: string }) {
  const note = implausibleNote(field, value);
  if (!note) return null;
  return (
    <span role="img" aria-label={note} title={note} data-testid="implausible" className="font-semibold text-amber-600">
      ⚠
    </span>
  );
}
