// The panel's name helpers on forms seen in the real corpus (written here in our own words).
import { describe, expect, it } from "vitest";
import { distinctNames, sameText } from "../../../web/src/panel/names.js";

describe("distinctNames", () => {
  it("keeps one alias per spelling and drops the label's own", () => {
    const aliases = ["Vision Transformers", "vision transformers", "Vision Transformer", "ViT", "ViTs", "vit"];
    expect(distinctNames("ViT", aliases)).toEqual(["Vision Transformers", "Vision Transformer", "ViTs"]);
  });
});

describe("sameText", () => {
  it.each([
    ["Deep Nets for Things.", "Deep nets for things", true],
    ["Deep Nets for Things", "We train deep nets for things.", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
  });
});
