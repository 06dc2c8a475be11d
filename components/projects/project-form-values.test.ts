import { describe, expect, it } from "vitest";
import {
  changedProjectFields,
  formValuesOf,
  partiesOf,
  projectBody,
  type ProjectData,
  type ProjectFormValues,
} from "./project-form-values";

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

  it("names every missing field of an empty form at once, not only the first number", () => {
    const result = projectBody(formValuesOf(null));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      name: "Wajib diisi.",
      location: "Wajib diisi.",
      client: "Wajib diisi.",
      fundingSource: "Wajib diisi.",
      startDate: "Wajib diisi.",
      durationDays: "Isi dengan angka.",
    });
  });
});

describe("partiesOf", () => {
  it("reads stored JSON defensively", () => {
    expect(partiesOf(null).owner).toEqual({ name: "", title: "" });
    expect(partiesOf({ contractor: { name: "PT Maju" } }).contractor).toEqual({ name: "PT Maju", title: "" });
  });
});

describe("changedProjectFields", () => {
  const read = {
    id: "p1",
    name: "Gedung Kantor",
    location: "Bandung",
    client: "Dinas PU",
    fundingSource: "APBD",
    fiscalYear: 2026,
    ownerBudget: "1250000000.00",
    description: null,
    parties: { owner: { name: "Ir. Sari", title: "PPK" } },
    startDate: "2026-01-05",
    durationDays: 120,
  } as unknown as ProjectData;

  it("sends only what the person changed, however the unchanged amounts are spelled", () => {
    const values = { ...formValuesOf(read), location: "Cimahi", ownerBudget: "1.250.000.000" };
    const body = projectBody(values);
    expect(body.ok && changedProjectFields(body.body, read)).toEqual({ location: "Cimahi" });
  });

  it("sends nothing for an untouched form, and the whole parties object when one party changed", () => {
    const untouched = projectBody(formValuesOf(read));
    expect(untouched.ok && changedProjectFields(untouched.body, read)).toEqual({});
    const values = formValuesOf(read);
    const edited = projectBody({ ...values, parties: { ...values.parties, contractor: { name: "PT Maju", title: "Direktur" } } });
    expect(edited.ok && changedProjectFields(edited.body, read)).toEqual({
      parties: { owner: { name: "Ir. Sari", title: "PPK" }, contractor: { name: "PT Maju", title: "Direktur" } },
    });
  });
});
