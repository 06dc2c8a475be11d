"use client";

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { LIVE, type VersionOption, versionDate, versionOptionLabel } from "./versions";

/**
 * "Dari" and "Ke": a plain GET form, so choosing the two sides works without JavaScript and
 * the address names the comparison (a link to share, a reload shows the same).
 */
export function ComparePicker({ from, to, versions }: { from: string; to: string; versions: readonly VersionOption[] }) {
  const options = (
    <>
      <option value={LIVE}>Estimasi saat ini</option>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {versionOptionLabel(v)} ({versionDate(v.createdAt)})
        </option>
      ))}
    </>
  );
  return (
    <form
      method="get"
      aria-label="Pilih yang dibandingkan"
      className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]"
    >
      <SelectField label="Dari (mis. kontrak)" name="from" defaultValue={from}>
        {options}
      </SelectField>
      <SelectField label="Ke (mis. addendum)" name="to" defaultValue={to}>
        {options}
      </SelectField>
      <Button type="submit">Bandingkan</Button>
    </form>
  );
}
