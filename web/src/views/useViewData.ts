// Loads what each view draws: the overview once, a neighbourhood's summaries and pages as they are needed,
// the papers sharing data with a paper, and the related-methods projection.
import { useEffect, useMemo, useRef, useState } from "react";
import type {
  GraphResponse,
  NeighboursPageResponse,
  Neighbour,
  RelatedMethodsResponse,
  SharedDataResponse,
} from "../../../domain/types.js";
import { api, exploreApi, type Loadable } from "../api.js";
import { deriveNeighbourhood, PAGE_SIZE, pageKey, type NeighbourhoodData } from "../core/neighbourhood/index.js";
import { useConnection } from "../core/connection/useConnection.js";
import type { ViewState } from "../core/url-state/index.js";

/**
 * The overview draws at most this many nodes, the best connected: enough to see the corpus's shape, few enough that
 * labels (which keep off every dot) find room between the dots (STACK-FACTS allows a few thousand for speed).
 */
export const OVERVIEW_LIMIT = 1000;

/** The overview, loaded once; after a failure, again when `epoch` changes (the server is back). */
export function useOverview(active: boolean, epoch = 0): Loadable<GraphResponse> {
  const [overview, setOverview] = useState<Loadable<GraphResponse>>({ type: "idle" });
  const started = useRef(false);
  useEffect(() => {
    if (!active || started.current) return;
    started.current = true;
    setOverview({ type: "loading" });
    api
      .graph(OVERVIEW_LIMIT)
      .then((data) => setOverview({ type: "ready", data }))
      .catch((e: Error) => {
        started.current = false;
        setOverview({ type: "error", message: e.message });
      });
  }, [active, epoch]);
  return overview;
}

/** Fetches by key, once, into a Loadable; a new key starts over. */
function useKeyed<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ key: string | null; value: Loadable<T> }>({
    key: null,
    value: { type: "idle" },
  });
  const loader = useRef(load);
  loader.current = load;
  // A load that failed runs again once the server answers after being away (each recovery bumps the epoch).
  const { epoch } = useConnection();
  const [retry, setRetry] = useState(0);
  const failed = state.key === key && state.value.type === "error";
  const seenEpoch = useRef(epoch);
  useEffect(() => {
    if (epoch === seenEpoch.current) return;
    seenEpoch.current = epoch;
    if (failed) setRetry((r) => r + 1);
  }, [epoch, failed]);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ key, value: { type: "loading" } });
    loader
      .current(controller.signal)
      .then((data) => setState({ key, value: { type: "ready", data } }))
      .catch(
        (e: Error) => !controller.signal.aborted && setState({ key, value: { type: "error", message: e.message } }),
      );
    return () => controller.abort();
  }, [key, retry]);
  return state.key === key ? state.value : key === null ? { type: "idle" } : { type: "loading" };
}

export function useSharesData(paper: string | null): Loadable<SharedDataResponse> {
  return useKeyed(paper, (signal) => exploreApi.sharesData(paper!, signal));
}

export function useRelatedMethods(active: boolean, focus: string | null): Loadable<RelatedMethodsResponse> {
  return useKeyed(active ? `methods:${focus ?? ""}` : null, (signal) => exploreApi.relatedMethods(focus, signal));
}

/** The neighbourhood derived from state, fetching missing summaries and pages; errors name the failing node. */
export function useNeighbourhood(state: Pick<ViewState, "focus" | "expanded" | "pinned">, active: boolean) {
  const [data, setData] = useState<NeighbourhoodData>({ summaries: new Map(), pages: new Map() });
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(new Set<string>());
  const { focus, expanded, pinned } = state;
  const derived = useMemo(
    () => (active ? deriveNeighbourhood({ focus, expanded, pinned }, data) : null),
    [active, focus, expanded, pinned, data],
  );

  useEffect(() => {
    if (!derived) return;
    for (const id of derived.missing.summaries) {
      const key = `summary|${id}`;
      if (inFlight.current.has(key)) continue;
      inFlight.current.add(key);
      exploreApi
        .neighbours(id, { limit: 0 })
        .then((summary: NeighboursPageResponse) =>
          setData((d) => ({ ...d, summaries: new Map(d.summaries).set(id, summary) })),
        )
        .catch((e: Error) => setError(`${id}: ${e.message}`))
        .finally(() => inFlight.current.delete(key));
    }
    for (const request of derived.missing.pages) {
      const key = pageKey(request);
      if (inFlight.current.has(key)) continue;
      inFlight.current.add(key);
      exploreApi
        .neighbours(request.id, {
          kind: request.kind,
          relation: request.relation,
          offset: request.page * PAGE_SIZE,
          limit: PAGE_SIZE,
        })
        .then((page) =>
          setData((d) => ({ ...d, pages: new Map<string, Neighbour[]>(d.pages).set(key, page.neighbours) })),
        )
        .catch((e: Error) => setError(`${request.id}: ${e.message}`))
        .finally(() => inFlight.current.delete(key));
    }
  }, [derived]);

  useEffect(() => setError(null), [focus]);
  const ready = derived !== null && derived.missing.summaries.length === 0 && derived.missing.pages.length === 0;
  return { derived, data, ready, error };
}
