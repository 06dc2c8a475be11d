"use client";

/** A small radio group drawn as joined buttons (Rencana | Realisasi, Mingguan | Bulanan). */
export function SegmentedChoice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="sr-only">{label}</legend>
      <span aria-hidden="true" className="text-xs font-medium text-slate-500">
        {label}
      </span>
      <div className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm shadow-sm">
        {options.map(([option, text]) => (
          <label
            key={option}
            className={`relative cursor-pointer px-3 py-1.5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600/50 ${option === value ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {/* Transparent over its label: clicks land on the radio itself, focus and arrows work as usual. */}
            <input
              type="radio"
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
              name={label}
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
            />
            {text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
