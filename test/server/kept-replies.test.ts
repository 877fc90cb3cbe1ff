// Replies kept as sent over a frozen store: computed once per key (also when asked twice at once), failures not
// kept, the oldest let go past the capacity; over a store that may change, every ask computes.

import { describe, expect, it } from "vitest";
import { keptReplies } from "../../server/kept-replies.js";

const counter = () => {
  const calls: string[] = [];
  const compute = (key: string) => async () => (calls.push(key), { key, rows: [1, 2, 3] });
  return { calls, compute };
};

describe("keptReplies", () => {
  it("computes a key once over a frozen store, for concurrent and later asks", async () => {
    const kept = keptReplies(true, 10);
    const { calls, compute } = counter();
    const [a, b] = await Promise.all([kept("hub", compute("hub")), kept("hub", compute("hub"))]);
    const c = await kept("hub", compute("hub"));
    expect(calls).toEqual(["hub"]);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(JSON.parse(a.json)).toEqual({ key: "hub", rows: [1, 2, 3] });
  });

  it("does not keep a failure", async () => {
    const kept = keptReplies(true, 10);
    let fail = true;
    const compute = async () => {
      if (fail) throw new Error("no node here");
      return { ok: true };
    };
    await expect(kept("x", compute)).rejects.toThrow("no node here");
    fail = false;
    expect(JSON.parse((await kept("x", compute)).json)).toEqual({ ok: true });
  });

  it("lets the least recently asked go past its capacity", async () => {
    const kept = keptReplies(true, 2);
    const { calls, compute } = counter();
    for (const key of ["a", "b", "a", "c", "a", "b"]) await kept(key, compute(key));
    // "b" was the oldest when "c" came, so it is computed again; "a", asked throughout, never is.
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });

  it("computes every ask over a store that may change", async () => {
    const kept = keptReplies(false, 10);
    const { calls, compute } = counter();
    await kept("hub", compute("hub"));
    await kept("hub", compute("hub"));
    expect(calls).toEqual(["hub", "hub"]);
  });
});
