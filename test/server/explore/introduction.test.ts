import { describe, expect, it } from "vitest";
import {
  confirmedIntroductions,
  introductionBasis,
  statesProposal,
  titleHead,
  type LinkedPaper,
} from "../../../server/explore/introduction.js";

const paper = (id: string, title: string, evidence: string, date: string | null = null): LinkedPaper => ({
  id,
  title,
  evidence,
  date,
});

describe("titleHead", () => {
  it.each([
    ["Zeta: A Recipe for Sparse Experts", "Zeta"],
    ["Zeta-3D – Exploring Plain Diffusion", "Zeta-3D"],
    ["Revisiting Token Widths of Gadget Transformers", null],
    ["On Layer Normalization: A Study", "On Layer Normalization"],
  ])("%s → %s", (title, head) => expect(titleHead(title)).toBe(head));
});

describe("statesProposal", () => {
  it.each([
    ["We propose Zeta, a sparse expert model.", "Zeta", true],
    ["In this note we introduce the Zeta architecture which routes tokens.", "Zeta", true],
    ["We propose a plain new network design, the Mixer, based only on attention.", "Mixer", true],
    ["This paper presents Zeta-3D, a variant for shapes.", "Zeta", false],
    ["We propose Zeta-3D, built on Zeta.", "Zeta", false],
    ["We propose a method based on Zeta.", "Zeta", false],
    ["It uses a pre-trained language model called Zeta.", "Zeta", false],
    ["Zeta extends transformers to vision tasks.", "Zeta", false],
    ["We propose to fine-tune Zeta on legal text.", "Zeta", false],
    ["We present a study that compares Zeta and Eta.", "Zeta", false],
    ["Our results beat Zeta, which we propose to replace.", "Zeta", false],
    ["We introduce QuokkaV2, a lean and useful Zeta for dense tasks.", "Zeta", false],
    ["This paper introduces a CNN-Zeta hybrid network called Eta.", "CNN-Zeta", false],
    ["This paper introduces a hybrid network called Eta.", "Eta", true],
    ["We present the Graph Widget Transformer (Graph Zeta) for molecules.", "Graph Zeta", true],
    ["In this note, we introduce Twin Focus Zeta Transformers (TFZT), a simple model.", "Zeta Transformers", false],
    ["We introduce Zeta Transformers, a simple model.", "Zeta Transformers", true],
    ["This paper introduces a novel processing unit as an alternative to the usual Zeta block.", "Zeta", false],
    ["We propose a token mixer instead of the Zeta attention.", "Zeta", false],
    ["Next, we propose the use of zeta transformers with contrastive learning.", "zeta transformers", false],
    ["We introduce a novel benchmark of active learning methods in combination with Zeta models.", "Zeta", false],
    ["We present a new variant of Zeta for speech.", "Zeta", false],
    ["We propose a family of models called Zeta.", "Zeta", true],
    ["Specifically, we design 3D-inspired Zeta to replace the standard Zeta in Eta.", "Zeta", false],
    ["Here, we introduce , a Diffusion Transformer model (DZ) capable of 4K images.", "DZ", false],
    ["At the local level, we introduce an instance-level Zeta semantic loss.", "Zeta", false],
    ["We propose a novel design, named Pseudo-3D Widget Net (P3D Zeta), that stacks blocks.", "Zeta", false],
    ["We propose a novel design, named Pseudo-3D Widget Net (P3D Zeta), that stacks blocks.", "P3D Zeta", true],
    ["We propose a Graph Diffusion Transformer (GDZ) for molecules.", "GDZ", true],
    ["Here, we introduce , a Diffusion Zeta model (DZ) capable of 4K images.", "Diffusion Zeta", false],
    ["We introduce the following: (1) A masked autoencoder (MZ) loss, (2) a codec.", "MZ", false],
    ["We build a new model, namely InterZeta (Zeta for Interaction), for pairs.", "Zeta", false],
  ])("%s (%s) → %s", (sentence, name, expected) => expect(statesProposal(sentence, name)).toBe(expected));
});

describe("introductionBasis", () => {
  it("prefers the title, folds case and punctuation, and accepts aliases", () => {
    expect(introductionBasis(paper("a", "ZETA: sparse experts", "Zeta is good."), ["Zeta"])).toBe("title");
    expect(
      introductionBasis(paper("a", "Sparse experts", "We propose the Zeta Transformer (ZT)."), [
        "ZT",
        "Zeta Transformer",
      ]),
    ).toBe("statement");
    expect(introductionBasis(paper("a", "Sparse experts", "Zeta is used here."), ["Zeta"])).toBeNull();
  });
});

describe("confirmedIntroductions", () => {
  it("keeps only confirmed papers, earliest first, undated and yearless last", () => {
    const papers = [
      paper("p1", "Zeta: sparse experts", "x", "2021-05-01"),
      paper("p2", "Scaling Zeta", "We present Zeta, again.", "2019-01-01"),
      paper("p3", "A study", "We use Zeta.", "2018-01-01"),
      paper("p4", "Zeta: undated", "x", null),
      paper("p5", "Zeta: yearless", "x", "--03-01"),
      paper("p1", "Zeta: sparse experts", "x", "2021-05-01"),
    ];
    expect(confirmedIntroductions(papers, ["Zeta"]).map((p) => [p.id, p.basis])).toEqual([
      ["p2", "statement"],
      ["p1", "title"],
      ["p4", "title"],
      ["p5", "title"],
    ]);
  });
});
