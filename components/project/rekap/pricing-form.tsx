"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useCanEdit } from "@/components/ui/can-edit";
import { Field, SelectField } from "@/components/ui/field";
import type { ApiAction } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { UNIT_PRICE_ROUNDINGS } from "@/lib/calc/rounding";
import { formatDecimal, formatPercent, parseTyped, toInputText } from "@/lib/format/number";
import { unitPriceRoundingLabel } from "@/lib/format/unit-price-rounding";
import type { PricingView } from "@/lib/projects/types";
import { changedPricing, type Pricing } from "./pricing";

// The API's rounding bases (lib/calc ROUNDING_BASES); a plain list keeps the engine out of the bundle.
const ROUNDING_BASES = [1, 1000, 10000, 100000];

/**
 * The project's pricing: overhead & profit (BUK, at most 15% by the standard), PPN, the step
 * each printed unit price is rounded to, and the base the total is rounded to. Saving
 * recomputes the Rekap RAB.
 */
export function PricingForm({
  path,
  pricing,
  action,
  onSaved,
}: {
  path: string;
  pricing: Pricing;
  action: ApiAction;
  onSaved: () => Promise<void>;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const canEdit = useCanEdit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const problems: Record<string, string> = {};
    const percent = (name: string) => {
      const parsed = parseTyped(String(data.get(name) ?? ""), "percent");
      if (parsed.ok) return parsed.value;
      problems[name] = parsed.error;
      return "";
    };
    const body = {
      overheadProfitPercent: percent("overheadProfitPercent"),
      ppnPercent: percent("ppnPercent"),
      roundingBase: Number(data.get("roundingBase")),
      unitPriceRounding: String(data.get("unitPriceRounding")) as PricingView["unitPriceRounding"],
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const changed = changedPricing(body, pricing);
    if (Object.keys(changed).length === 0) return;
    // The page's If-Match (the project version it shows) guards the save: a stale one is a 412.
    const result = await action.run(() => apiFetch<PricingView>(`${path}/pricing`, { method: "PATCH", json: changed }));
    if (result.ok) await onSaved();
    else setErrors(Object.fromEntries(result.error.fields.map((f) => [f.path, f.message])));
  }

  if (!canEdit) return <PricingFacts pricing={pricing} />;
  return (
    <form key={pricing.editVersion} onSubmit={submit} aria-label="Pengaturan harga" className="flex flex-wrap items-start gap-4">
      <div className="w-56">
        <Field
          label="Biaya umum & keuntungan (%)"
          name="overheadProfitPercent"
          inputMode="decimal"
          defaultValue={toInputText(pricing.overheadProfitPercent, "percent")}
          error={errors.overheadProfitPercent}
          hint="Maksimal 15% menurut standar."
        />
      </div>
      <div className="w-32">
        <Field
          label="PPN (%)"
          name="ppnPercent"
          inputMode="decimal"
          defaultValue={toInputText(pricing.ppnPercent, "percent")}
          error={errors.ppnPercent}
        />
      </div>
      <div className="w-56">
        <SelectField
          label="Pembulatan harga satuan"
          name="unitPriceRounding"
          defaultValue={pricing.unitPriceRounding}
          error={errors.unitPriceRounding}
          hint="Harga satuan × volume = jumlah, dari harga satuan yang dicetak."
        >
          {UNIT_PRICE_ROUNDINGS.map((rounding) => (
            <option key={rounding} value={rounding}>
              {unitPriceRoundingLabel(rounding)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="w-48">
        <SelectField
          label="Pembulatan ke kelipatan"
          name="roundingBase"
          defaultValue={String(pricing.roundingBase)}
          error={errors.roundingBase}
        >
          {ROUNDING_BASES.map((base) => (
            <option key={base} value={base}>
              Rp {formatDecimal(String(base))}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" disabled={action.busy} className="mt-6">
        Terapkan
      </Button>
    </form>
  );
}

/** The same settings as text, for someone who may not change them. */
function PricingFacts({ pricing }: { pricing: Pricing }) {
  const facts: [string, string][] = [
    ["Biaya umum & keuntungan", `${formatPercent(pricing.overheadProfitPercent)}%`],
    ["PPN", `${formatPercent(pricing.ppnPercent)}%`],
    ["Pembulatan harga satuan", unitPriceRoundingLabel(pricing.unitPriceRounding)],
    ["Pembulatan ke kelipatan", `Rp ${formatDecimal(String(pricing.roundingBase))}`],
  ];
  return (
    <dl aria-label="Pengaturan harga" className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
