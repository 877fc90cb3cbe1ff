// API latency under load: autocannon with 50 concurrent clients per endpoint, each request drawn from a spread of
// ids or search terms; every response time is kept, so p50/p95/p99 are exact rather than histogram buckets.

import autocannon from "autocannon";
import { percentile } from "./percentile.js";
import { seededRng } from "./synthetic/random.js";
import type { Targets } from "./targets.js";
import { OVERVIEW_LIMIT } from "../web/src/views/useViewData.js";

export interface ApiFigures {
  scenario: string;
  requests: number;
  /** How many different URLs the requests were drawn from. */
  distinct: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests that timed out, failed to connect, or answered anything but 200. */
  errors: number;
  /** Share of answered requests whose status was not 200 (0..1). */
  non200Share: number;
  /** Answers by status code, e.g. { "200": 9120, "429": 3 }. */
  statuses: Record<string, number>;
}

/**
 * What the bench sets for the server it starts (through settings/, as any deployment would): rate limits high
 * enough that 50 clients on one loopback address are never refused, so the figures are the routes' own. The
 * limiter still runs on every request. Shown beside the figures.
 */
export const BENCH_SERVER_ENV = { PAPERGRAPH_RATE_EXPENSIVE: "1000000", PAPERGRAPH_RATE_CONSOLE: "1000000" };

export interface Scenario {
  name: string;
  paths: string[];
}

const enc = encodeURIComponent;

export function apiScenarios(t: Targets): Scenario[] {
  const nodes = [...t.papers, ...t.entities];
  return [
    { name: "search", paths: t.terms.map((q) => `/api/search?q=${enc(q)}`) },
    { name: "node details", paths: nodes.map((id) => `/api/nodes/${enc(id)}`) },
    {
      // What the neighbourhood view asks for: bundle summaries, then a page of a bundle (hubs included).
      name: "neighbourhood",
      paths: nodes.flatMap((id) => [
        `/api/nodes/${enc(id)}/neighbours?limit=0`,
        `/api/nodes/${enc(id)}/neighbours?kind=paper&limit=25`,
      ]),
    },
    { name: "shares-data", paths: t.papers.map((id) => `/api/papers/${enc(id)}/shares-data`) },
    {
      // The methods view: the whole map once, then focused on models (hub models and tail alike).
      name: "related methods",
      paths: ["/api/methods/related", ...t.models.map((id) => `/api/methods/related?id=${enc(id)}`)],
    },
    // What the overview asks for (its 1,000 best-connected nodes), as every first visit does.
    { name: "overview graph", paths: [`/api/graph?limit=${OVERVIEW_LIMIT}`] },
  ];
}

/** A percentile of the response times, to a tenth of a millisecond. */
const msAt = (times: number[], p: number) => Math.round(percentile(times, p) * 10) / 10;

export function loadTest(
  baseUrl: string,
  scenario: Scenario,
  options: { connections: number; duration: number },
): Promise<ApiFigures> {
  // Paths in a seeded random order: repeats come by chance, as from many users, not in a cache-friendly cycle.
  const rng = seededRng(17);
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl.replace(/\/$/, ""),
        connections: options.connections,
        duration: options.duration,
        timeout: 10,
        // As a browser asks: compressed responses.
        requests: [
          {
            method: "GET",
            setupRequest: (req) => ({
              ...req,
              path: scenario.paths[Math.floor(rng() * scenario.paths.length)],
              headers: { "accept-encoding": "gzip, deflate, br" },
            }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const answered = Object.values(statuses).reduce((sum, c) => sum + c, 0);
        const non200 = answered - (statuses["200"] ?? 0);
        resolve({
          scenario: scenario.name,
          requests: result.requests.total,
          distinct: new Set(scenario.paths).size,
          perSecond: Math.round(result.requests.average),
          p50: msAt(times, 50),
          p95: msAt(times, 95),
          p99: msAt(times, 99),
          errors: result.errors + result.timeouts + non200,
          non200Share: answered ? non200 / answered : 0,
          statuses,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}
