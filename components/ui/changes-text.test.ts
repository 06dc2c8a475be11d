import { describe, expect, it } from "vitest";
import { changesText } from "./changes-text";

const at = "2026-12-07T10:00:00.000Z";
const by = (name: string | null, entity: string) => ({
  version: 1,
  at,
  user: name === null ? null : { id: name, name },
  entity,
  action: "update",
});

describe("changesText", () => {
  it("names each person once with the parts they changed, in the order they did", () => {
    expect(changesText([by("Ani", "hargaItems"), by("Budi", "jadwal"), by("Ani", "pekerjaan.volume"), by("Ani", "hargaItems")])).toBe(
      "Ani mengubah Harga Items dan Volume; Budi mengubah Jadwal",
    );
  });

  it("lists three parts with commas and calls an unknown author Seseorang", () => {
    expect(changesText([by("Ani", "pricing"), by("Ani", "klasifikasi"), by("Ani", "jadwal"), by(null, "project")])).toBe(
      "Ani mengubah Pengaturan harga, Klasifikasi dan Jadwal; Seseorang mengubah Proyek",
    );
  });
});
