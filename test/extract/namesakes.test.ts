// Namesakes: one name claimed by unrelated works becomes one node per work; a name many works spell out the same
// way, or that many papers merely use, is an established term none of its later claimants proposes.

import { describe, expect, it } from "vitest";
import { entityId } from "../../domain/identity.js";
import type { Mention, Paper } from "../../domain/types.js";
import { extractStreamed } from "../../ingest/extract-stream.js";
import { resolveCorpus } from "../../ingest/extract/corpus.js";
import { CorpusTally } from "../../ingest/extract/corpus-tally.js";
import { corpusContext, extractCorpus, type CorpusPaper } from "../../ingest/extract/index.js";
import {
  citationLabel,
  decideNamesakes,
  ESTABLISHED_GROUPS,
  ESTABLISHED_USES,
  namesakeKey,
  type Proposal,
} from "../../ingest/extract/namesakes.js";
import { extractPaperMentions } from "../../ingest/extract/paper.js";

const proposal = (
  id: string,
  authors: string[],
  date: string,
  name = "QUOKKA",
  definitions: string[] = [],
  type: Proposal["type"] = "model",
): Proposal => ({
  paper: { id, authors, date },
  type,
  entityId: entityId(type, name),
  name,
  written: name,
  definitions,
});

const decision = (decisions: Map<string, unknown>, p: Proposal) => decisions.get(namesakeKey(p.paper.id, p.entityId));

describe("namesake decisions", () => {
  it("a later work that shares no author with the first gets a node named as a citation names it", () => {
    const first = proposal("p1", ["Ana Ruiz", "Tom Berg"], "2019");
    const second = proposal("p2", ["Mei Tanaka"], "2023");
    const decisions = decideNamesakes([second, first]);
    expect(decision(decisions, first)).toBeUndefined();
    expect(decision(decisions, second)).toEqual({ canonical: "QUOKKA (Tanaka, 2023)" });
  });

  it("papers that share an author are one work (a workshop and a main-venue version), with one label", () => {
    const first = proposal("p1", ["Ana Ruiz"], "2019");
    const workshop = proposal("p2", ["Mei Tanaka", "Li Wen"], "2022");
    const main = proposal("p3", ["Li Wen", "Omar Haddad"], "2023");
    const decisions = decideNamesakes([first, workshop, main]);
    expect(decision(decisions, workshop)).toEqual({ canonical: "QUOKKA (Tanaka et al., 2022)" });
    expect(decision(decisions, main)).toEqual(decision(decisions, workshop));
    // With an author in common with the first, all three are one work: nothing to split.
    expect(decideNamesakes([first, workshop, proposal("p4", ["Li Wen", "Ana Ruiz"], "2024")]).size).toBe(0);
  });

  it("two later works of one surname and year are told apart as citations are", () => {
    const works = [
      proposal("p1", ["Ana Ruiz"], "2019"),
      proposal("p3", ["Wei Wang", "Li Wen"], "2025"),
      proposal("p2", ["Jun Wang", "Omar Haddad"], "2025"),
    ];
    const decisions = decideNamesakes(works);
    expect(decision(decisions, works[2]!)).toEqual({ canonical: "QUOKKA (Wang et al., 2025a)" });
    expect(decision(decisions, works[1]!)).toEqual({ canonical: "QUOKKA (Wang et al., 2025b)" });
  });

  it("a name unrelated works spell out the same way is established: only a paper whose title coins it proposes it", () => {
    const spelt = (id: string, author: string, year: string) =>
      proposal(id, [author], year, "WSP", ["wombatsamplingprocess"]);
    const works = [spelt("a", "Ana Ruiz", "2011"), spelt("b", "Mei Tanaka", "2018"), spelt("c", "Li Wen", "2020")];
    expect(works).toHaveLength(ESTABLISHED_GROUPS);
    // The oldest claimant is no origin by being oldest.
    expect([...decideNamesakes(works).values()]).toEqual(["used", "used", "used"]);
    const titled = { ...works[1]!, paper: { ...works[1]!.paper, title: "WSP: Sampling Wombats at Scale" } };
    const decisions = decideNamesakes([works[0]!, titled, works[2]!]);
    expect(decision(decisions, titled)).toBeUndefined();
    expect(decision(decisions, works[0]!)).toBe("used");
    // Two unrelated works whose titles coin it are namesakes: the later one gets its own node.
    const again = { ...works[2]!, paper: { ...works[2]!.paper, title: "WSP – Weight Sharing for Pruning" } };
    expect(decision(decideNamesakes([works[0]!, titled, again]), again)).toEqual({ canonical: "WSP (Wen, 2020)" });
    // Spelt out differently, the same letters are namesakes.
    const other = [works[0]!, works[1]!, proposal("c", ["Li Wen"], "2020", "WSP", ["weightsharingpruning"])];
    expect(decision(decideNamesakes(other), other[2]!)).toEqual({ canonical: "WSP (Wen, 2020)" });
  });

  it("a name many papers use, a name the lexicons know, a lowercase or two-letter name: never split", () => {
    const pair = (name: string) => [proposal("a", ["Ana Ruiz"], "2015", name), proposal("b", ["Li Wen"], "2021", name)];
    expect([...decideNamesakes(pair("QUOKKA"), ESTABLISHED_USES).values()]).toEqual(["used", "used"]);
    expect([...decideNamesakes(pair("QUOKKA"), ESTABLISHED_USES - 1).values()]).toEqual([
      { canonical: "QUOKKA (Wen, 2021)" },
    ]);
    for (const name of ["BERT", "coreset", "DP"])
      expect([...decideNamesakes(pair(name)).values()]).toEqual(["used", "used"]);
  });

  it("repositories and papers of unknown authorship are left as they are", () => {
    const repo = (id: string, author: string) => proposal(id, [author], "2020", "github.com/acme/monorepo", [], "repo");
    expect(decideNamesakes([repo("a", "Ana Ruiz"), repo("b", "Li Wen")]).size).toBe(0);
    expect(decideNamesakes([proposal("a", [], "2015"), proposal("b", ["Li Wen"], "2021")]).size).toBe(0);
    // A workshop's anonymous submission may be any later paper's first version.
    expect(decideNamesakes([proposal("a", ["Anonymous"], "2020"), proposal("b", ["Li Wen"], "2021")]).size).toBe(0);
  });

  it("labels a work by its first author's surname, either order of writing", () => {
    expect(citationLabel({ id: "x", authors: ["Ruiz, Ana"], authorCount: 3, date: "2020-05-01" })).toBe(
      "Ruiz et al., 2020",
    );
    expect(citationLabel({ id: "x", authors: ["Ana Ruiz"] })).toBe("Ruiz");
    expect(citationLabel({ id: "x", authors: [] })).toBeUndefined();
  });
});

const paper = (id: string, authors: string[], date: string, title: string, abstract: string): CorpusPaper => ({
  id,
  authors,
  date,
  title,
  abstract,
});

const corpus = [
  paper(
    "older",
    ["Ana Ruiz", "Tom Berg"],
    "2020",
    "QUOKKA: Sparse Routing for Long-Context Language Models",
    "We propose QUOKKA, a sparse routing method for long-context language models that lowers perplexity.",
  ),
  paper(
    "newer",
    ["Mei Tanaka"],
    "2024",
    "Quokka Graphs for Molecule Generation",
    "We introduce QUOKKA, a graph diffusion model for molecule generation, and evaluate it on QM9.",
  ),
  paper(
    "sequel",
    ["Tom Berg", "Omar Haddad"],
    "2022",
    "Routing Tokens Further",
    "We propose QUOKKA, a routing method that halves the memory of long-context language models.",
  ),
  paper(
    "user",
    ["Li Wen"],
    "2025",
    "A Study of Sparse Routing",
    "We compare QUOKKA with dense attention for long-context language models.",
  ),
];

const quokka = (mentions: Mention[] | undefined) => mentions?.find((m) => m.name === "QUOKKA");

describe("namesakes in the corpus pass", () => {
  it("each work's proposal is its own node; a paper that only uses the name links to the plain one", () => {
    const resolved = extractCorpus(corpus);
    expect(quokka(resolved.get("older"))).toMatchObject({ role: "proposed" });
    expect(quokka(resolved.get("older"))!.canonical).toBeUndefined();
    expect(quokka(resolved.get("sequel"))).toMatchObject({ role: "proposed" });
    expect(quokka(resolved.get("sequel"))!.canonical).toBeUndefined();
    expect(quokka(resolved.get("newer"))).toMatchObject({ role: "proposed", canonical: "QUOKKA (Tanaka, 2024)" });
    expect(quokka(resolved.get("user"))).toMatchObject({ role: "used" });
    expect(quokka(resolved.get("user"))!.canonical).toBeUndefined();
  });

  it("the streamed extraction a big first ingest takes tells them apart too", async () => {
    const streamed = await extractStreamed(structuredClone(corpus) as Paper[], { threads: 1, chunkSize: 2 });
    try {
      const chunks = [...streamed.chunks()];
      const newer = chunks.flatMap((c) => [...c.mentions]).find(([id]) => id === "newer")?.[1];
      expect(quokka(newer)).toMatchObject({ role: "proposed", canonical: "QUOKKA (Tanaka, 2024)" });
    } finally {
      streamed.dispose();
    }
  });

  it("the streamed corpus pass decides as the whole-corpus one, whatever order the papers are tallied in", () => {
    const context = corpusContext(corpus);
    const pass1 = corpus.map((p) => extractPaperMentions(p, context));
    const tally = new CorpusTally();
    for (let i = corpus.length - 1; i >= 0; i--) tally.add(pass1[i]!, corpus[i]!);
    const resolver = tally.resolver();
    const streamed = corpus.map((p, i) => [p.id, resolver.resolve(pass1[i]!, p.id)]);
    const whole = resolveCorpus(
      new Map(corpus.map((p, i) => [p.id, structuredClone(pass1[i]!)])),
      new Map(corpus.map((p) => [p.id, p])),
    );
    expect(JSON.stringify(streamed)).toBe(JSON.stringify([...whole]));
    expect(streamed.some(([, mentions]) => (mentions as Mention[]).some((m) => m.canonical?.includes("Tanaka")))).toBe(
      true,
    );
  });
});
