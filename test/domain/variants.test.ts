import { describe, expect, it } from "vitest";
import { baseCandidates, isVariantName, nameTokens } from "../../domain/variants.js";

describe("isVariantName", () => {
  it.each([
    ["DiT-3D", "DiT", true],
    ["ViT-B/16", "ViT", true],
    ["ViT-B/16", "ViT-B", true],
    ["BERT-large", "bert", true],
    ["LoRA-BERT", "BERT", true],
    ["Vision Transformer", "Transformer", true],
    ["RoBERTa", "BERT", false],
    ["DiT", "DiT", false],
    ["DiTs", "DiT", false],
    ["U-Net", "UNet", false],
    ["ViT", "ViT-B", false],
  ])("%s is a variant of %s: %s", (name, base, expected) => {
    expect(isVariantName(name, base)).toBe(expected);
  });
});

describe("baseCandidates", () => {
  it("lists runs of words, longest first, without the whole name or bare numbers", () => {
    expect(baseCandidates("ViT-B/16")).toEqual(["ViT-B", "B/16", "ViT"]);
    expect(baseCandidates("DiT-3D")).toEqual(["DiT", "3D"]);
    expect(baseCandidates("BERT")).toEqual([]);
  });
  it("splits names at hyphens, slashes, underscores and spaces", () => {
    expect(nameTokens("Stable Diffusion-XL_v2/base")).toEqual(["Stable", "Diffusion", "XL", "v2", "base"]);
  });
});
