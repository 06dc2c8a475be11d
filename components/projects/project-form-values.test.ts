import { describe, expect, it } from "vitest";
import { formValuesOf, partiesOf, projectBody, type ProjectFormValues } from "./project-form-values";

const base: ProjectFormValues = {
  ...formValuesOf(null),
  name: "Gedung Kantor",
  location: "Bandung",
  client: "Dinas PU",
  fundingSource: "APBD",
  startDate: "2026-01-05",
  durationDays: "120",
};

describe("projectBody", () => {
  it("sends amounts as '.' decimal strings and blanks as null", () => {
    const result = projectBody({ ...base, ownerBudget: "Rp 1.250.000.000,50", fiscalYear: "2026" });
    expect(result).toMatchObject({
      ok: true,
      body: { durationDays: 120, fiscalYear: 2026, ownerBudget: "1250000000.5", description: null, parties: {} },
    });
  });

  it("keeps only parties with a name or title", () => {
    const parties = { ...base.parties, owner: { name: "Ir. Sari", title: "PPK" } };
    const result = projectBody({ ...base, parties });
    expect(result.ok && result.body.parties).toEqual({ owner: { name: "Ir. Sari", title: "PPK" } });
  });

  it("names the fields it can not read", () => {
    const result = projectBody({ ...base, durationDays: "12,5", ownerBudget: "banyak" });
    expect(result).toEqual({ ok: false, errors: { durationDays: "Harus bilangan bulat.", ownerBudget: "Bukan angka yang valid." } });
  });
});

describe("partiesOf", () => {
  it("reads stored JSON defensively", () => {
    expect(partiesOf(null).owner).toEqual({ name: "", title: "" });
    expect(partiesOf({ contractor: { name: "PT Maju" } }).contractor).toEqual({ name: "PT Maju", title: "" });
  });
});
