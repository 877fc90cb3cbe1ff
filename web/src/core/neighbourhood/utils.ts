// Neighbourhood helpers: page keys, how many pages a bundle shows, and bundle wording. Pure.
import type { NeighbourBundle, NodeKind, RelationType } from "../../../../domain/types.js";
import type { BundleKey, Expansion } from "../url-state/types.js";
import type { PageRequest } from "./types.js";

/** Neighbours a bundle page holds. */
export const PAGE_SIZE = 10;
/** Bundles this small open by themselves when their node is expanded; bigger ones wait to be asked. */
export const AUTO_OPEN = 6;

export const pageKey = (r: PageRequest) => `${r.id}|${r.kind}.${r.relation}|${r.page}`;
export const bundleNodeId = (parent: string, key: BundleKey) => `bundle:${parent}|${key}`;

/** Pages of a bundle shown: what was opened explicitly, at least one for a small bundle, never past its end. */
export function pagesShown(bundle: NeighbourBundle, expansion: Expansion): number {
  const asked = expansion.open[`${bundle.kind}.${bundle.relation}`] ?? 0;
  const pages = Math.max(asked, bundle.count <= AUTO_OPEN ? 1 : 0);
  return Math.min(pages, Math.ceil(bundle.count / PAGE_SIZE));
}

const PLURAL: Record<NodeKind, [string, string]> = {
  paper: ["paper", "papers"],
  model: ["model", "models"],
  dataset: ["dataset", "datasets"],
  benchmark: ["benchmark", "benchmarks"],
  metric: ["metric", "metrics"],
  task: ["task", "tasks"],
  repo: ["repository", "repositories"],
  hf: ["Hugging Face resource", "Hugging Face resources"],
};
/** Verb of a paper → entity relation, singular and plural subject ("uses" / "use"), and as a participle. */
const VERBS: Record<RelationType, [string, string, string]> = {
  PROPOSES: ["proposes", "propose", "proposed"],
  USES: ["uses", "use", "used"],
  EVALUATES_ON: ["evaluates on", "evaluate on", "evaluated on"],
  REPORTS: ["reports", "report", "reported"],
  ADDRESSES: ["addresses", "address", "addressed"],
  HAS_CODE: ["links code", "link code", "linked as code"],
  HAS_RESOURCE: ["links", "link", "linked"],
};

/** "412 papers use ImageNet", or from a paper's side "14 datasets used"; `more` when some are already shown. */
export function bundleText(
  parentLabel: string,
  parentKind: NodeKind,
  kind: NodeKind,
  relation: RelationType,
  count: number,
  more = false,
): string {
  const noun = PLURAL[kind][count === 1 ? 0 : 1];
  const [one, many, participle] = VERBS[relation];
  const n = `${count.toLocaleString("en")}${more ? " more" : ""}`;
  if (parentKind === "paper") return `${n} ${noun} ${participle}`;
  return `${n} ${noun} ${count === 1 ? one : many} ${parentLabel}`;
}

/** Every page an expansion needs, given the node's bundle sizes. */
export function pagesFor(expansion: Expansion, bundles: NeighbourBundle[]): PageRequest[] {
  const out: PageRequest[] = [];
  for (const b of bundles) {
    for (let page = 0; page < pagesShown(b, expansion); page++) {
      out.push({ id: expansion.id, kind: b.kind, relation: b.relation, page });
    }
  }
  return out;
}
