// reorderLinks against orderLinks: lists redone after papers are appended equal lists ordered from scratch.

import { describe, expect, it } from "vitest";
import { seededRng, type Rng } from "../../../domain/random.js";
import { NODE_KINDS } from "../../../domain/types.js";
import { orderLinks, reorderLinks, type OrderInput } from "../../../server/neighbourhood/link-order.js";

const PAPER = NODE_KINDS.indexOf("paper");
const MODEL = NODE_KINDS.indexOf("model");

/** Nodes in a random order of ids and of dates, every comparison tied on mentions and degrees somewhere. */
function shuffled(rng: Rng, items: number[]): Int32Array {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return Int32Array.from(a);
}

/** Of `order`, only the nodes below `count` (what the orders held before nodes from `count` on were appended). */
const before = (order: Int32Array, count: number) => order.filter((n) => n < count);

/**
 * An index of `oldNodes` nodes and the same index with papers (and entities) appended: the new papers link old
 * and new entities, some entities' degrees change, a few papers link one entity twice.
 */
function appended(seed: number, oldNodes: number, newNodes: number) {
  const rng = seededRng(seed);
  const nodeCount = oldNodes + newNodes;
  const kinds = Uint8Array.from({ length: nodeCount }, () => (rng() < 0.6 ? PAPER : MODEL));
  const nodes = Array.from({ length: nodeCount }, (_, n) => n);
  const papers = nodes.filter((n) => kinds[n] === PAPER);
  const entities = nodes.filter((n) => kinds[n] !== PAPER);
  const pick = <T>(items: T[]) => items[Math.floor(rng() * items.length)]!;
  const maybeNull = (value: number) => (rng() < 0.1 ? NaN : value);
  const links: [number, number, number][] = [];
  // Old papers link old entities; new papers link any entity. Links come a paper at a time, as the index reads.
  for (const p of papers) {
    const reach = entities.filter((e) => p >= oldNodes || e < oldNodes);
    if (!reach.length) continue;
    const targets = Array.from({ length: Math.floor(rng() * 6) }, () => pick(reach));
    for (const e of targets) links.push([p, e, maybeNull(1 + Math.floor(rng() * 3))]);
  }
  const old = links.filter(([p]) => p < oldNodes);
  const added = links.filter(([p]) => p >= oldNodes);
  const all = [...old, ...added];
  const oldDegrees = Float64Array.from({ length: nodeCount }, () => maybeNull(Math.floor(rng() * 4)));
  const degrees = oldDegrees.map((d, n) => (n < oldNodes && kinds[n] !== PAPER && rng() < 0.3 ? d + 1 : d));
  const input: OrderInput = {
    nodeCount,
    kinds,
    degrees,
    linkSource: Int32Array.from(all.map(([p]) => p)),
    linkTarget: Int32Array.from(all.map(([, e]) => e)),
    linkMentions: Float64Array.from(all.map(([, , m]) => m)),
    nodesById: shuffled(rng, nodes),
    papersByDate: shuffled(rng, papers),
    papersByPageDate: shuffled(rng, papers),
  };
  const beforeInput: OrderInput = {
    nodeCount: oldNodes,
    kinds: kinds.subarray(0, oldNodes),
    degrees: oldDegrees.subarray(0, oldNodes),
    linkSource: input.linkSource.subarray(0, old.length),
    linkTarget: input.linkTarget.subarray(0, old.length),
    linkMentions: input.linkMentions.subarray(0, old.length),
    nodesById: before(input.nodesById, oldNodes),
    papersByDate: before(input.papersByDate, oldNodes),
    papersByPageDate: before(input.papersByPageDate, oldNodes),
  };
  return { input, beforeInput, oldLinks: old.length, newLinks: added.length };
}

describe("reorderLinks", () => {
  for (const [seed, oldNodes, newNodes] of [
    [1, 300, 40],
    [2, 50, 50],
    [3, 1000, 5],
    [4, 20, 0],
  ] as const) {
    it(`equals orderLinks after appending ${newNodes} nodes to ${oldNodes} (seed ${seed})`, () => {
      const { input, beforeInput, oldLinks, newLinks } = appended(seed, oldNodes, newNodes);
      if (newNodes > 5) expect(newLinks).toBeGreaterThan(10);
      const lists = orderLinks(beforeInput);
      const redone = reorderLinks(
        { nodeCount: oldNodes, linkCount: oldLinks, degrees: beforeInput.degrees, ...lists },
        input,
      );
      expect(redone).toStrictEqual(orderLinks(input));
    });
  }

  it("orders every list anew when a link from an old paper was appended", () => {
    const { input, beforeInput, oldLinks } = appended(5, 200, 20);
    const lists = orderLinks(beforeInput);
    // The last link now comes from an old paper, as no update appends: the old lists cannot be reused.
    const linkSource = input.linkSource.slice();
    linkSource[linkSource.length - 1] = before(input.papersByDate, 200)[0]!;
    const changed = { ...input, linkSource };
    const redone = reorderLinks(
      { nodeCount: 200, linkCount: oldLinks, degrees: beforeInput.degrees, ...lists },
      changed,
    );
    expect(redone).toStrictEqual(orderLinks(changed));
  });
});
