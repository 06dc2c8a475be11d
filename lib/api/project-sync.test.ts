import { describe, expect, it } from "vitest";
import { type Change, ProjectSync, projectSyncOf, registerProjectSync } from "./project-sync";

const PROJECT = "0b8e6c1e-4c1a-4f7e-9d55-2f3a1c0e9b10";

function change(version: number, name: string | null = "Ani", entity = "hargaItems"): Change {
  return { version, at: "2026-12-07T10:00:00.000Z", user: name === null ? null : { id: name, name }, entity, action: "update" };
}

type Feed = { version: number; changed: boolean; changes: Change[] };

/** A sync whose feed answers what the test queues, recording the `since` of each read. */
function setup(base = 10) {
  const feeds: Feed[] = [];
  const asked: string[] = [];
  const sync = new ProjectSync(PROJECT, base, async (path) => {
    asked.push(new URL(path, "http://x").searchParams.get("since")!);
    const next = feeds.shift();
    if (!next) throw new Error("no feed queued");
    return next;
  });
  return { sync, feeds, asked };
}

const answered = (version: number, before: number | null) => async () => ({ version, before });

describe("ProjectSync", () => {
  it("sends the base as If-Match and moves it to the version a conditional write answers", async () => {
    const { sync, asked } = setup(10);
    const sent: (string | null)[] = [];
    await sync.write(true, async (ifMatch) => (sent.push(ifMatch), { version: 13, before: 10 }));
    await sync.write(true, async (ifMatch) => (sent.push(ifMatch), { version: 14, before: 13 }));
    expect(sent).toEqual(['"10"', '"13"']);
    expect(sync.state.base).toBe(14);
    expect(asked).toEqual([]);
  });

  it("sends a conditional write only after the page's earlier write answered", async () => {
    const { sync } = setup(10);
    let release!: () => void;
    const sent: (string | null)[] = [];
    const first = sync.write(false, (ifMatch) => {
      sent.push(ifMatch);
      return new Promise<{ version: number; before: number }>((resolve) => (release = () => resolve({ version: 12, before: 10 })));
    });
    const second = sync.write(true, async (ifMatch) => (sent.push(ifMatch), { version: 15, before: 12 }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([null]);
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual([null, '"12"']);
    expect(sync.state.base).toBe(15);
  });

  it("moves on after a row save that started from its base, without asking the feed", async () => {
    const { sync, asked } = setup(10);
    await sync.write(false, answered(12, 10));
    expect(sync.state).toEqual({ base: 12, others: [], unattributed: false });
    expect(asked).toEqual([]);
  });

  it("tells its own row save from someone else's change that came before it", async () => {
    const { sync, feeds, asked } = setup(10);
    const ani = change(11, "Ani", "pricing");
    feeds.push({ version: 13, changed: true, changes: [ani, change(12, "Saya"), change(13, "Saya")] });
    await sync.write(false, answered(13, 11));
    expect(asked).toEqual(["10"]);
    // The page still shows version 10's data: its If-Match keeps naming it (and gets 412).
    expect(sync.state).toEqual({ base: 10, others: [ani], unattributed: false });
  });

  it("counts the same person in another tab as someone else: this page has not loaded it", async () => {
    const { sync, feeds } = setup(10);
    feeds.push({ version: 12, changed: true, changes: [change(11, "Saya"), change(12, "Saya")] });
    await sync.write(false, answered(12, 11));
    expect(sync.state.others).toEqual([change(11, "Saya")]);
  });

  it("reports a move nobody is named for, and a full page of changes, as someone else's", async () => {
    const { sync, feeds } = setup(10);
    feeds.push({ version: 11, changed: true, changes: [] });
    await sync.sync();
    expect(sync.state).toEqual({ base: 10, others: [], unattributed: true });

    const { sync: busy, feeds: busyFeeds } = setup(10);
    busyFeeds.push({ version: 80, changed: true, changes: Array.from({ length: 50 }, (_, i) => change(31 + i)) });
    await busy.write(false, answered(80, 30));
    expect(busy.state.unattributed).toBe(true);
  });

  it("ignores a poll that answers after a fresh server render moved the base", async () => {
    let answer!: () => void;
    const slow = new Promise<void>((resolve) => (answer = resolve));
    const sync = new ProjectSync(PROJECT, 10, async () => {
      await slow;
      return { version: 11, changed: true, changes: [change(11)] };
    });
    const poll = sync.sync();
    sync.loaded(12);
    answer();
    await poll;
    expect(sync.state).toEqual({ base: 12, others: [], unattributed: false });
  });

  it("starts over from the version a fresh server render names", async () => {
    const { sync, feeds } = setup(10);
    feeds.push({ version: 11, changed: true, changes: [change(11)] });
    await sync.sync();
    expect(sync.state.others).toHaveLength(1);
    let notified = 0;
    sync.subscribe(() => notified++);
    sync.loaded(11);
    expect(sync.state).toEqual({ base: 11, others: [], unattributed: false });
    expect(notified).toBe(1);
  });
});

describe("projectSyncOf", () => {
  it("finds the open page's sync by the project in an API path, and forgets it when the page closes", () => {
    const sync = new ProjectSync(PROJECT, 1, async () => ({ version: 1, changed: false, changes: [] }));
    const unregister = registerProjectSync(sync);
    expect(projectSyncOf(`/api/v1/projects/${PROJECT}/harga-items`)).toBe(sync);
    expect(projectSyncOf(`/api/v1/projects/${PROJECT}?x=1`)).toBe(sync);
    expect(projectSyncOf(`/api/v1/projects/${PROJECT.replace("0b", "1b")}/pricing`)).toBeUndefined();
    expect(projectSyncOf("/api/v1/projects")).toBeUndefined();
    unregister();
    expect(projectSyncOf(`/api/v1/projects/${PROJECT}/harga-items`)).toBeUndefined();
  });
});
