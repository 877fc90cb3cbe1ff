// Generates a synthetic corpus of any size from a seed: papers over several years whose datasets, models and
// benchmarks follow a rich-get-richer (Yule) process, so a few are named by thousands of papers and most by one.

import { chance, distinctDraws, intBelow, pick, seededRng, Zipf, type Rng } from "./random.js";
import { writeAbstract, writeTitle, type PaperPlan } from "./templates.js";
import {
  coinBenchmarkName,
  coinDatasetName,
  coinModelName,
  coinPersonName,
  coinRepo,
  lexiconNames,
  nextVersion,
} from "./vocabulary.js";

/** One line of the JSONL file: the fields the JSONL reader takes. */
export interface SyntheticPaper {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  date: string;
  githubRepo?: string;
}

export interface SyntheticOptions {
  papers: number;
  seed?: number;
  /** First and last year of publication dates. */
  years?: [number, number];
}

/**
 * A pool whose items are picked in proportion to how often they were picked before (plus a seed weight for
 * well-known names), with fresh items added over time: the Yule process behind citation-like skew.
 */
class PreferentialPool {
  private readonly picks: number[] = [];
  readonly names: string[] = [];
  private readonly taken = new Set<string>();
  constructor(seedNames: string[], seedWeight: number) {
    seedNames.forEach((name, rank) => {
      const id = this.add(name);
      for (let w = Math.ceil(seedWeight / (rank + 1)); w > 1; w--) this.picks.push(id);
    });
  }
  has(name: string): boolean {
    return this.taken.has(name);
  }
  /** Adds a new item with one pick of its own. */
  add(name: string): number {
    this.taken.add(name);
    this.names.push(name);
    this.picks.push(this.names.length - 1);
    return this.names.length - 1;
  }
  /** Mostly preferential; sometimes any item at all, so the long tail gets the odd second use. */
  draw(rng: Rng): string {
    const id = chance(rng, 0.01) ? intBelow(rng, this.names.length) : this.picks[intBelow(rng, this.picks.length)]!;
    this.picks.push(id);
    return this.names[id]!;
  }
}

function uniqueName(rng: Rng, coin: (rng: Rng) => string, pool: PreferentialPool): string {
  for (let i = 0; i < 20; i++) {
    const name = coin(rng);
    if (!pool.has(name)) return name;
  }
  return `${coin(rng)}${pool.names.length}`;
}

/** Publication dates denser in later years (the field grows), ascending with the paper index. */
function dateOf(index: number, count: number, [first, last]: [number, number]): Date {
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last, 11, 31);
  const u = Math.pow((index + 0.5) / count, 0.75);
  return new Date(start + u * (end - start));
}

export interface GeneratedPaper {
  paper: SyntheticPaper;
  plan: PaperPlan;
}

/** Papers in date order. The same options always give the same papers. */
export function* generateCorpus(options: SyntheticOptions): Generator<GeneratedPaper> {
  const count = options.papers;
  const rng = seededRng(options.seed ?? 1);
  const years = options.years ?? [2019, 2025];

  const tasks = lexiconNames("tasks");
  const metrics = lexiconNames("metrics");
  const taskRank = new Zipf(tasks.length, 1.0);
  const metricRank = new Zipf(metrics.length, 1.2);
  const datasets = new PreferentialPool(lexiconNames("datasets"), 120);
  const models = new PreferentialPool(lexiconNames("models"), 80);
  const benchmarks = new PreferentialPool(lexiconNames("benchmarks"), 60);
  const proposals: string[] = [];
  const authors = Array.from({ length: Math.max(20, Math.ceil(count * 0.6)) }, () => coinPersonName(rng));
  const authorRank = new Zipf(authors.length, 0.8);

  let month = "";
  let inMonth = 0;
  for (let i = 0; i < count; i++) {
    const date = dateOf(i, count, years);
    const yymm = date.toISOString().slice(2, 7).replace("-", "");
    if (yymm !== month) [month, inMonth] = [yymm, 0];
    const id = `${yymm}.${String(++inMonth).padStart(5, "0")}`;

    const task = tasks[taskRank.draw(rng)]!;
    const plan: PaperPlan = {
      task,
      secondTask: chance(rng, 0.25) ? tasks[taskRank.draw(rng)] : undefined,
      uses: [],
      datasets: [],
      benchmarks: [],
      metrics: [],
      baselines: [],
      repoInAbstract: false,
    };
    if (chance(rng, 0.7)) {
      // A new version of an earlier proposal now and then, so model families grow ("Foo", "Foo-2", "Foo-3").
      const base = proposals.length && chance(rng, 0.12) ? pick(rng, proposals) : undefined;
      const name = base && !models.has(nextVersion(base)) ? nextVersion(base) : uniqueName(rng, coinModelName, models);
      if (base && name === nextVersion(base)) plan.basedOn = base;
      models.add(name);
      proposals.push(name);
      plan.proposed = name;
    }
    const taken = new Set([plan.proposed, plan.basedOn]);
    const fresh = (names: string[]) => names.filter((n) => !taken.has(n) && (taken.add(n), true));
    plan.uses = fresh(distinctDraws(rng, intBelow(rng, 3), (r) => models.draw(r)));
    plan.baselines = fresh(distinctDraws(rng, intBelow(rng, 3), (r) => models.draw(r)));
    plan.datasets = fresh(distinctDraws(rng, 1 + intBelow(rng, 3), (r) => datasets.draw(r)));
    if (chance(rng, 0.1)) {
      plan.newDataset = uniqueName(rng, coinDatasetName, datasets);
      datasets.add(plan.newDataset);
    }
    if (chance(rng, 0.35)) {
      if (chance(rng, 0.03)) benchmarks.add(uniqueName(rng, coinBenchmarkName, benchmarks));
      plan.benchmarks = fresh(distinctDraws(rng, 1 + intBelow(rng, 2), (r) => benchmarks.draw(r)));
    }
    plan.metrics = distinctDraws(rng, intBelow(rng, 3), (r) => metrics[metricRank.draw(r)]!);
    if (chance(rng, 0.35)) {
      plan.repo = coinRepo(rng, plan.proposed ?? plan.newDataset ?? `${task}-${id}`);
      plan.repoInAbstract = chance(rng, 0.3);
    }

    const paper: SyntheticPaper = {
      id,
      title: writeTitle(rng, plan),
      abstract: writeAbstract(rng, plan),
      authors: distinctDraws(rng, 1 + intBelow(rng, 6), (r) => authors[authorRank.draw(r)]!),
      date: date.toISOString().slice(0, 10),
    };
    if (plan.repo) paper.githubRepo = plan.repo;
    yield { paper, plan };
  }
}

/** Just the papers, for callers that keep the whole corpus in memory. */
export function syntheticPapers(options: SyntheticOptions): SyntheticPaper[] {
  return Array.from(generateCorpus(options), (g) => g.paper);
}
