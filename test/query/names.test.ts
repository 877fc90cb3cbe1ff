// Saved queries' node parameters given by name: resolved through a real search index of hand-written nodes; an id
// is kept, a name, title or alias becomes the id, and several or no matches are typed errors naming candidates.
import { describe, expect, it } from "vitest";
import {
  AmbiguousNameError,
  parseSavedQuery,
  QueryParamError,
  resolveNodeParams,
  UnknownNameError,
} from "../../query/index.js";
import { SearchIndex } from "../../server/search-index.js";
import { ALIAS_SEPARATOR } from "../../store/write-plan.js";

const index = new SearchIndex();
index.add([
  {
    id: "model:vit",
    kind: "model",
    label: "ViT",
    aliases: ["ViT", "Vision Transformer"].join(ALIAS_SEPARATOR),
    degree: 9,
  },
  { id: "model:vitg", kind: "model", label: "ViT-g", aliases: "ViT-g", degree: 2 },
  { id: "dataset:coco", kind: "dataset", label: "COCO", aliases: ["COCO", "MS COCO"].join(ALIAS_SEPARATOR), degree: 5 },
  { id: "benchmark:coco", kind: "benchmark", label: "COCO", aliases: "COCO", degree: 3 },
  { id: "arxiv:2401.00042", kind: "paper", label: "A Gadget is Worth 8x8 Widgets", aliases: "", degree: 4 },
]);

const query = parseSavedQuery(
  [
    "// name: probe",
    "// description: a probe",
    "// param: model node(model) = model:vit -- a model",
    "// param: data node(dataset|benchmark) = dataset:coco -- a dataset",
    "// param: any node = model:vit -- anything",
    "MATCH (m {id: $model}), (d {id: $data}), (a {id: $any}) RETURN m, d, a ORDER BY m.id",
  ].join("\n"),
  "probe.cypher",
  "kuzu",
);
const resolve = (params: Record<string, string>) =>
  resolveNodeParams(query, { model: "model:vit", data: "dataset:coco", any: "model:vit", ...params }, index);

describe("resolveNodeParams", () => {
  it("reads node parameters and their kinds from the header", () => {
    expect(query.params.map((p) => [p.name, p.type, p.kinds])).toEqual([
      ["model", "node", ["model"]],
      ["data", "node", ["dataset", "benchmark"]],
      ["any", "node", undefined],
    ]);
  });

  it.each([
    [{ model: "model:vitg" }, "model", "model:vitg"],
    [{ model: "ViT" }, "model", "model:vit"],
    [{ model: "vision transformer" }, "model", "model:vit"],
    [{ model: "VIT-G" }, "model", "model:vitg"],
    [{ data: "MS COCO" }, "data", "dataset:coco"],
    [{ any: "A gadget is worth 8x8 widgets" }, "any", "arxiv:2401.00042"],
  ])("%j gives %s = %s", (given, name, id) => {
    expect(resolve(given)[name]).toBe(id);
  });

  it("refuses a name several nodes of the allowed kinds carry, listing them", () => {
    const error = (() => {
      try {
        resolve({ data: "COCO" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AmbiguousNameError);
    expect(error).toBeInstanceOf(QueryParamError);
    expect((error as AmbiguousNameError).candidates.map((c) => c.id).sort()).toEqual([
      "benchmark:coco",
      "dataset:coco",
    ]);
    expect((error as Error).message).toContain('parameter data: "COCO" names 2 nodes');
  });

  it("refuses an unknown name, or an id of another kind, suggesting near names", () => {
    expect(() => resolve({ model: "Vision Transformr" })).toThrow(UnknownNameError);
    expect(() => resolve({ model: "Vision Transformr" })).toThrow(/no model with id or name "Vision Transformr"/);
    expect(() => resolve({ model: "dataset:coco" })).toThrow(UnknownNameError);
    expect(() => resolve({ model: "Vision Transformr" })).toThrow(/did you mean: ViT \(model:vit\)/);
  });
});
