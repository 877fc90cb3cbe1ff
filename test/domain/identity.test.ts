// Entity identity: which spellings fold to one node.

import { describe, expect, it } from "vitest";
import { aliasKey, entityId, foldName } from "../../domain/identity.js";
import { fold } from "../../ingest/extract/fold.js";

describe("foldName", () => {
  it("drops case, accents, hyphens and spaces", () => {
    expect(foldName("GPT-4")).toBe(foldName("gpt 4"));
    expect(foldName("Müller-Net")).toBe("mullernet");
  });

  it("keeps pluses that end a name: PointNet++ and C++ are not PointNet and C", () => {
    expect(foldName("PointNet++")).not.toBe(foldName("PointNet"));
    expect(foldName("RefCOCO+")).not.toBe(foldName("RefCOCO"));
    expect(foldName("C++")).toBe("cpp");
    // So do pluses that end a word of it: a later version of ScanNet++ is not ScanNet's.
    expect(foldName("ScanNet++ v2")).not.toBe(foldName("ScanNet v2"));
    expect(foldName("FF++-C23")).toBe("ffppc23");
    // A plus inside a name is punctuation like any other.
    expect(foldName("A+B fusion")).toBe(foldName("AB fusion"));
  });

  it("gives extraction's fast fold the same answers", () => {
    for (const name of ["PointNet++", "UNet++", "ViT-B/16", "Müller-Net", "RefCOCO+", "A+B", "plain"]) {
      expect(fold(name)).toBe(foldName(name));
    }
  });

  it("makes PointNet and PointNet++ two entity ids", () => {
    expect(entityId("model", "PointNet++")).not.toBe(entityId("model", "PointNet"));
  });
});

describe("aliasKey", () => {
  it("makes British and American spellings of a name one entity's", () => {
    expect(aliasKey("task", "object localisation")).toBe(aliasKey("task", "Object Localization"));
    expect(aliasKey("task", "semantic role labelling")).toBe(aliasKey("task", "semantic role labeling"));
    expect(aliasKey("task", "language modelling")).toBe(aliasKey("task", "language modeling"));
    expect(aliasKey("task", "image labelling")).not.toBe(aliasKey("task", "image modeling"));
  });
});
