// The bench's summary: one markdown table, a column per corpus size, with the targets beside the figures.

import type { ApiFigures } from "./api.js";
import type { BrowserFigures } from "./browser.js";

export interface SizeFigures {
  papers: number;
  /** What the column is: "10,000 synthetic" or the corpus file's name. */
  label?: string;
  /** Bytes of the store's directory on disk after ingest. */
  storeBytes?: number;
  /** 10,000 new papers ingested into the existing store. */
  incremental?: {
    papers: number;
    added?: number;
    seconds: number;
    /** Seconds per stage: read, extract, write, layout, serve index. */
    stages?: Record<string, number>;
    /** What became of the serve index: updated with the new papers, or rewritten whole. */
    index?: string;
    peakRssMb: number;
  };
  ingest?: {
    seconds: number;
    papersPerSecond: number;
    stages: Record<string, number>;
    peakRssMb: number;
    entities: number;
    relations: number;
  };
  server?: {
    startSeconds: number;
    rssMb: number;
    searchSeconds?: number;
    loadedRssMb?: number;
    peakRssMb?: number;
    /** RSS at the end of the loads: the server's own memory and the mapped files' pages. */
    afterLoad?: { anonymousMb: number; filesMb: number };
  };
  /** Peak RSS of the Neo4j server's JVM (VmHWM), over ingest and serving. */
  neo4jPeakRssMb?: number;
  /** The machine's load average (1, 5, 15 min) when each part started: the machine is shared. */
  load?: { ingest?: string; api?: string; incremental?: string };
  api?: ApiFigures[];
  browser?: BrowserFigures[];
}

const API_TARGETS: Record<string, string> = {
  search: "p95 < 50 ms",
  "node details": "p95 < 50 ms",
  neighbourhood: "p95 < 50 ms",
  "shares-data": "p95 < 50 ms",
  "related methods": "p95 < 50 ms",
  "overview graph": "—",
};

const n = (v: number | undefined, digits = 0) =>
  v === undefined || Number.isNaN(v)
    ? "—"
    : v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

const percent = (share: number | undefined) =>
  share === undefined ? "—" : `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 1)} % non-200`;

export function tableRows(results: SizeFigures[]): string[][] {
  const rows: string[][] = [];
  const row = (figure: string, target: string, cell: (r: SizeFigures) => string) =>
    rows.push([figure, target, ...results.map(cell)]);
  row("corpus: entities / links", "", (r) => (r.ingest ? `${n(r.ingest.entities)} / ${n(r.ingest.relations)}` : "—"));
  row("ingest, end to end (papers/s)", "≥ 1,500 real / ≥ 2,000 at 1M", (r) => n(r.ingest?.papersPerSecond));
  row("ingest seconds: read / extract / write / layout", "", (r) => {
    const s = r.ingest?.stages;
    return s ? [s.read, s.extract, s.write, s.layout].map((v) => n(v, 1)).join(" / ") : "—";
  });
  row("ingest peak RSS (MB)", "≤ 3,000 real / ≤ 6,000 at 1M", (r) => n(r.ingest?.peakRssMb));
  row("Neo4j JVM peak RSS (MB)", "", (r) => n(r.neo4jPeakRssMb));
  row("store on disk (MB)", "", (r) => n(r.storeBytes === undefined ? undefined : r.storeBytes / 1e6));
  row("10,000 new papers into the store: s (peak RSS MB)", "≤ 15 s real / ≤ 30 s at 1M", (r) =>
    r.incremental ? `${n(r.incremental.seconds, 1)} (${n(r.incremental.peakRssMb)})` : "—",
  );
  row("… seconds: read / extract / write / layout / serve index (how)", "", (r) => {
    const s = r.incremental?.stages;
    if (!s) return "—";
    const stages = [s.read, s.extract, s.write, s.layout, s["serve index"]].map((v) => n(v, 1)).join(" / ");
    return `${stages} (${r.incremental!.index ?? "?"})`;
  });
  row("server start until it answers (s) / RSS (MB)", "≤ 10 s, 1.5 GB real / 15 s, 3 GB at 1M", (r) =>
    r.server ? `${n(r.server.startSeconds, 1)} / ${n(r.server.rssMb)}` : "—",
  );
  row("first search answered (s) / RSS with the search index loaded (MB)", "", (r) =>
    r.server?.searchSeconds !== undefined ? `${n(r.server.searchSeconds, 1)} / ${n(r.server.loadedRssMb ?? 0)}` : "—",
  );
  row("server peak RSS after the API load (MB)", "", (r) => n(r.server?.peakRssMb));
  row("… at the end: own (anonymous) / mapped serve-index pages (MB)", "", (r) =>
    r.server?.afterLoad ? `${n(r.server.afterLoad.anonymousMb)} / ${n(r.server.afterLoad.filesMb)}` : "—",
  );
  const scenarios = [...new Set(results.flatMap((r) => (r.api ?? []).map((a) => a.scenario)))];
  for (const s of scenarios) {
    row(`API ${s}: p50 / p95 / p99 ms (req/s, non-200 share, errors; distinct URLs)`, API_TARGETS[s] ?? "", (r) => {
      const a = r.api?.find((x) => x.scenario === s);
      return a
        ? `${n(a.p50, 1)} / ${n(a.p95, 1)} / ${n(a.p99, 1)} ` +
            `(${n(a.perSecond)}/s, ${percent(a.non200Share)}, ${a.errors}; ${n(a.distinct)})`
        : "—";
    });
  }
  row("load average (1/5/15 min) at ingest / API load", "", (r) =>
    r.load ? `${r.load.ingest ?? "—"} / ${r.load.api ?? "—"}` : "—",
  );
  const views = [...new Set(results.flatMap((r) => (r.browser ?? []).map((_b, i) => i)))];
  for (const i of views) {
    const name = results.find((r) => r.browser?.[i])?.browser?.[i]?.view.replace(/ of .*/, "") ?? `view ${i}`;
    const target = name.startsWith("neighbourhood") ? "< 1,000 ms" : "< 2,000 ms";
    row(`first graph, ${name} (ms; nodes/edges drawn)`, target, (r) => {
      const b = r.browser?.[i];
      return b ? `${n(b.firstGraphMs)} (${n(b.nodes)}/${n(b.edges)})` : "—";
    });
    row(`pan frame time while dragging, ${name}: p50 / p95 / max ms`, "", (r) => {
      const b = r.browser?.[i];
      return b ? `${b.frameP50} / ${b.frameP95} / ${b.frameMax}` : "—";
    });
    row(`longest frame after a release (the full redraw), ${name} (ms)`, "", (r) => {
      const b = r.browser?.[i];
      return b ? n(b.releaseMax) : "—";
    });
  }
  return rows;
}

export function printTable(results: SizeFigures[], connections: number, duration: number): void {
  const header = ["figure", "target", ...results.map((r) => r.label ?? `${n(r.papers)} papers`)];
  const rows = tableRows(results);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(
    `\nAPI: ${connections} concurrent clients for ${duration} s per endpoint (autocannon), compressed responses; ` +
      "the server's rate limits raised for the bench (PAPERGRAPH_RATE_EXPENSIVE/CONSOLE=1000000: the limiter runs " +
      "but refuses nothing, so the figures are the routes'). " +
      "Browser: headless Chromium on SwiftShader (CPU WebGL), 1280×800.",
  );
}
