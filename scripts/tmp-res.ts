import { loadAhspLibrary } from "../prisma/seed/ahsp-library";
import { HARGA_DEMO_BY_KODE } from "../prisma/seed/harga-demo";
const kodes = process.argv.slice(2);
const p = await loadAhspLibrary();
const byKode = new Map(p.items.map((i) => [i.kode, i]));
const warn = new Map<string, string[]>();
for (const w of p.report.warnings) warn.set(w.kode, [...(warn.get(w.kode) ?? []), w.type]);
const used = new Map<string, string>();
for (const k of kodes) {
  const it = byKode.get(k);
  if (!it) {
    console.log("MISSING", k);
    continue;
  }
  if (warn.has(k)) console.log("WARN", k, warn.get(k));
  for (const l of it.lines) {
    if (l.kategori === "LAIN") console.log("LAIN", k, l.kodeItem);
    used.set(l.kodeItem, `${l.kategori} ${l.uraianItem} | ${l.satuanItem}`);
  }
}
for (const [k, v] of [...used].sort()) console.log(HARGA_DEMO_BY_KODE.has(k) ? "   " : "NEW", k, v);
