import { describe, expect, it } from "vitest";
import { assertRowVersions } from "./edit-version";
import { ApiError } from "./errors";

const row = (path: string, sent: number | undefined, current: number) => ({ path, label: `Harga ${path}`, sent, current });

describe("assertRowVersions", () => {
  it("passes rows without a version and rows at the current one, reading no view", async () => {
    let read = false;
    await assertRowVersions([row("items.0", undefined, 3), row("items.1", 2, 2)], async () => {
      read = true;
      return [];
    });
    expect(read).toBe(false);
  });

  it("refuses every stale row at once (409) with its current version and view", async () => {
    const rows = [row("items.0", 1, 2), row("items.1", 5, 5), row("items.2", 0, 7)];
    const error = await assertRowVersions(rows, async (stale) => stale.map((r) => (r.path === "items.2" ? null : { at: r.path }))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).message).toBe(
      "Harga items.0, Harga items.2 telah diubah oleh pengguna lain. Tidak ada yang disimpan; periksa nilai terbaru lalu coba lagi.",
    );
    expect((error as ApiError).details).toEqual({
      rows: [
        { path: "items.0", editVersion: 2, current: { at: "items.0" } },
        { path: "items.2", editVersion: 7, current: null },
      ],
    });
  });

  it("names the first three stale rows and counts the rest", async () => {
    const rows = [1, 2, 3, 4, 5].map((i) => row(`items.${i}`, 0, 1));
    await expect(assertRowVersions(rows, async (stale) => stale.map(() => null))).rejects.toThrow(
      "Harga items.1, Harga items.2, Harga items.3 dan 2 baris lain telah diubah",
    );
  });
});
