import { describe, expect, it } from "vitest";
import { type Change, ProjectSync, projectSyncOf, registerProjectSync } from "./project-sync";

const PROJECT = "0b8e6c1e-4c1a-4f7e-9d55-2f3a1c0e9b10";
const ME = "me";

function change(userId: string | null, entity = "hargaItems", name = userId ?? ""): Change {
  return { at: "2026-12-07T10:00:00.000Z", user: userId === null ? null : { id: userId, name }, entity, action: "update" };
}

/** A sync whose feed answers what the test queues, recording the `since` of each read. */
function setup(base = 10) {
  const feeds: { version: number; changed: boolean; changes: Change[] }[] = [];
  const asked: string[] = [];
  const sync = new ProjectSync(PROJECT, ME, base, async (path) => {
    asked.push(new URL(path, "http://x").searchParams.get("since")!);
    const next = feeds.shift();
    if (!next) throw new Error("no feed queued");
    return next;
  });
  return { sync, feeds, asked };
}

describe("ProjectSync", () => {
  it("sends the base as If-Match and moves it to the version a conditional write answers", async () => {
    const { sync } = setup(10);
    const sent: (string | null)[] = [];
    await sync.write(true, async (ifMatch) => (sent.push(ifMatch), { version: 13 }));
    await sync.write(true, async (ifMatch) => (sent.push(ifMatch), { version: 14 }));
    expect(sent).toEqual(['"10"', '"13"']);
    expect(sync.state.base).toBe(14);
  });

  it("sends a conditional write only after the page's earlier write answered", async () => {
    const { sync } = setup(10);
    let release!: () => void;
    const sent: (string | null)[] = [];
    const first = sync.write(true, (ifMatch) => {
      sent.push(ifMatch);
      return new Promise<{ version: number }>((resolve) => (release = () => resolve({ version: 12 })));
    });
    const second = sync.write(true, async (ifMatch) => (sent.push(ifMatch), { version: 15 }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual(['"10"']);
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual(['"10"', '"12"']);
  });

  it("keeps its own row saves current and the others' pending", async () => {
    const { sync, feeds, asked } = setup(10);
    feeds.push({ version: 12, changed: true, changes: [change(ME)] });
    const sent: (string | null)[] = [];
    await sync.write(false, async (ifMatch) => (sent.push(ifMatch), { version: 12 }));
    await sync.sync();
    expect(sent).toEqual([null]);
    expect(sync.state).toEqual({ base: 12, others: [], unattributed: false });

    const ani = change("ani", "pricing", "Ani");
    feeds.push({ version: 15, changed: true, changes: [change(ME), ani] });
    await sync.sync();
    expect(asked).toEqual(["10", "12"]);
    // The page still shows version 12's data: its writes keep naming it (and get 412).
    expect(sync.state).toEqual({ base: 12, others: [ani], unattributed: false });
  });

  it("reports a change nobody is named for, and a full page of changes, as someone else's", async () => {
    const { sync, feeds } = setup(10);
    feeds.push({ version: 11, changed: true, changes: [] });
    await sync.sync();
    expect(sync.state).toEqual({ base: 10, others: [], unattributed: true });

    const { sync: busy, feeds: busyFeeds } = setup(10);
    busyFeeds.push({ version: 80, changed: true, changes: Array.from({ length: 50 }, () => change(ME)) });
    await busy.sync();
    expect(busy.state.unattributed).toBe(true);
  });

  it("ignores a poll that answers after a fresh server render moved the base", async () => {
    let answer!: () => void;
    const slow = new Promise<void>((resolve) => (answer = resolve));
    const sync = new ProjectSync(PROJECT, ME, 10, async () => {
      await slow;
      return { version: 11, changed: true, changes: [change("ani", "pricing", "Ani")] };
    });
    const poll = sync.sync();
    sync.loaded(12);
    answer();
    await poll;
    expect(sync.state).toEqual({ base: 12, others: [], unattributed: false });
  });

  it("starts over from the version a fresh server render names", async () => {
    const { sync, feeds } = setup(10);
    feeds.push({ version: 11, changed: true, changes: [change("ani")] });
    await sync.sync();
    let notified = 0;
    sync.subscribe(() => notified++);
    sync.loaded(11);
    expect(sync.state).toEqual({ base: 11, others: [], unattributed: false });
    expect(notified).toBe(1);
  });
});

describe("projectSyncOf", () => {
  it("finds the open page's sync by the project in an API path, and forgets it when the page closes", () => {
    const sync = new ProjectSync(PROJECT, ME, 1, async () => ({ version: 1, changed: false, changes: [] }));
    const unregister = registerProjectSync(sync);
    expect(projectSyncOf(`/api/v1/projects/${PROJECT}/harga-items`)).toBe(sync);
    expect(projectSyncOf(`/api/v1/projects/${PROJECT}?x=1`)).toBe(sync);
    expect(projectSyncOf(`/api/v1/projects/${PROJECT.replace("0b", "1b")}/pricing`)).toBeUndefined();
    expect(projectSyncOf("/api/v1/projects")).toBeUndefined();
    unregister();
    expect(projectSyncOf(`/api/v1/projects/${PROJECT}/harga-items`)).toBeUndefined();
  });
});
