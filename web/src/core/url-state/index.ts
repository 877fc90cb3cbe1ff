// The view state ↔ URL codec: pure encode/decode, so a shared link reopens exactly what was seen.
// Paths name the view (`/`, `/neighbourhood/<id>`, `/shares/<paper id>`, `/methods[/<model id>]`); the query
// holds the rest: `sel`, `color`, `kinds`, `from`, `to`, `und`, `minDeg`, `maxDeg`, `minW`, `cam`, `exp`, `pin`.
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from "../../../../domain/types.js";
import {
  COLOR_MODES,
  VIEW_KINDS,
  type BundleKey,
  type Camera,
  type ColorMode,
  type Expansion,
  type Filters,
  type ViewKind,
  type ViewState,
} from "./types.js";
import { encodeQueryValue, escapePart, parseNumber, round, unescapePart } from "./utils.js";

export * from "./types.js";

export const DEFAULT_FILTERS: Filters = {
  kinds: null,
  from: null,
  keepUndated: false,
  to: null,
  minDegree: 0,
  maxDegree: null,
  minWeight: 1,
};

export const DEFAULT_VIEW_STATE: ViewState = {
  view: "overview",
  focus: null,
  selected: null,
  color: "kind",
  filters: DEFAULT_FILTERS,
  camera: null,
  expanded: [],
  pinned: [],
};

const PATHS: Record<ViewKind, string> = {
  overview: "/",
  neighbourhood: "/neighbourhood",
  shares: "/shares",
  methods: "/methods",
};
/** Views that need a focus node to show anything. */
export const NEEDS_FOCUS: Record<ViewKind, boolean> = {
  overview: false,
  neighbourhood: true,
  shares: true,
  methods: false,
};

const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isKind = (s: string): s is NodeKind => (NODE_KINDS as readonly string[]).includes(s);
const isRelation = (s: string): s is RelationType => (RELATION_TYPES as readonly string[]).includes(s);

export function bundleKey(kind: NodeKind, relation: RelationType): BundleKey {
  return `${kind}.${relation}`;
}
export function parseBundleKey(key: string): { kind: NodeKind; relation: RelationType } | null {
  const [kind, relation] = key.split(".");
  return kind && relation && isKind(kind) && isRelation(relation) ? { kind, relation } : null;
}

function encodeExpansions(expanded: Expansion[]): string {
  return expanded
    .map((e) => {
      const open = Object.entries(e.open)
        .filter(([, pages]) => (pages ?? 0) > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, pages]) => `~${key}*${pages}`);
      return escapePart(e.id) + open.join("");
    })
    .join(",");
}

function decodeExpansions(text: string | null): Expansion[] {
  if (!text) return [];
  const seen = new Set<string>();
  const out: Expansion[] = [];
  for (const part of text.split(",")) {
    const [rawId, ...bundles] = part.split("~");
    const id = unescapePart(rawId ?? "");
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const open: Expansion["open"] = {};
    for (const b of bundles) {
      const [key, pages] = b.split("*");
      const parsed = key ? parseBundleKey(key) : null;
      const n = Math.floor(parseNumber(pages ?? null, 0));
      if (parsed && n > 0) open[bundleKey(parsed.kind, parsed.relation)] = Math.min(n, 1000);
    }
    out.push({ id, open });
  }
  return out;
}

const encodeList = (ids: string[]) => ids.map(escapePart).join(",");
const decodeList = (text: string | null) =>
  text ? [...new Set(text.split(",").map(unescapePart).filter(Boolean))] : [];

function decodeCamera(text: string | null): Camera | null {
  if (!text) return null;
  const [x, y, ratio] = text.split(",").map((s) => parseNumber(s, NaN));
  if (![x, y, ratio].every((n) => Number.isFinite(n)) || ratio! <= 0) return null;
  return { x: x!, y: y!, ratio: ratio! };
}

/** The neighbourhood's default: only its root expanded, no page opened (left out of the URL). */
function rootOnlyExpanded(state: ViewState): boolean {
  const [only, ...rest] = state.expanded;
  return rest.length === 0 && only?.id === state.focus && Object.keys(only.open).length === 0;
}

/** The URL (path and query, no origin) that reopens `state`. Defaults are left out so links stay short. */
export function encodeViewState(state: ViewState): string {
  let path = PATHS[state.view];
  if (state.focus && state.view !== "overview") path += `/${encodeURIComponent(state.focus).replace(/%3A/gi, ":")}`;
  const q: [string, string][] = [];
  const f = state.filters;
  if (state.selected) q.push(["sel", escapePart(state.selected)]);
  if (state.color !== "kind") q.push(["color", state.color]);
  if (f.kinds) q.push(["kinds", NODE_KINDS.filter((k) => f.kinds!.includes(k)).join(",")]);
  if (f.from) q.push(["from", f.from]);
  if (f.to) q.push(["to", f.to]);
  if (f.keepUndated) q.push(["und", "1"]);
  if (f.minDegree > 0) q.push(["minDeg", String(f.minDegree)]);
  if (f.maxDegree !== null) q.push(["maxDeg", String(f.maxDegree)]);
  if (f.minWeight > 1) q.push(["minW", String(f.minWeight)]);
  if (state.view === "neighbourhood" && !rootOnlyExpanded(state)) q.push(["exp", encodeExpansions(state.expanded)]);
  if (state.view === "neighbourhood" && state.pinned.length) q.push(["pin", encodeList(state.pinned)]);
  if (state.camera) {
    const c = state.camera;
    q.push(["cam", `${round(c.x)},${round(c.y)},${round(c.ratio)}`]);
  }
  const query = q.map(([k, v]) => `${k}=${encodeQueryValue(v)}`).join("&");
  return query ? `${path}?${query}` : path;
}

/** The state a URL describes; anything malformed falls back to its default rather than failing. */
export function decodeViewState(pathname: string, search: string): ViewState {
  const params = new URLSearchParams(search);
  const segments = pathname.split("/").filter(Boolean);
  const view = (VIEW_KINDS.find((v) => v !== "overview" && PATHS[v] === `/${segments[0] ?? ""}`) ??
    "overview") as ViewKind;
  let focus: string | null = null;
  if (view !== "overview" && segments.length > 1) {
    try {
      focus = decodeURIComponent(segments.slice(1).join("/")) || null;
    } catch {
      focus = null;
    }
  }
  const kinds = params.get("kinds");
  const bound = (name: string) => {
    const v = params.get(name)?.trim() ?? "";
    return DATE_BOUND.test(v) ? v : null;
  };
  const maxDegree = params.get("maxDeg");
  const filters: Filters = {
    kinds: kinds === null ? null : NODE_KINDS.filter((k) => kinds.split(",").includes(k)),
    from: bound("from"),
    to: bound("to"),
    keepUndated: params.get("und") === "1",
    minDegree: Math.max(0, Math.floor(parseNumber(params.get("minDeg"), 0))),
    maxDegree: maxDegree === null ? null : Math.max(0, Math.floor(parseNumber(maxDegree, 0))),
    minWeight: Math.max(1, parseNumber(params.get("minW"), 1)),
  };
  const color = params.get("color");
  const selected = params.get("sel");
  return {
    view,
    focus,
    selected: selected ? unescapePart(selected) : null,
    color: (COLOR_MODES as readonly string[]).includes(color ?? "") ? (color as ColorMode) : "kind",
    filters,
    camera: decodeCamera(params.get("cam")),
    // A neighbourhood link without `exp` opens with its root expanded (`exp=` keeps it closed).
    expanded:
      view !== "neighbourhood"
        ? []
        : params.has("exp")
          ? decodeExpansions(params.get("exp"))
          : focus
            ? [{ id: focus, open: {} }]
            : [],
    pinned: view === "neighbourhood" ? decodeList(params.get("pin")) : [],
  };
}

/** Whether two states differ only by camera (a camera move replaces the history entry instead of adding one). */
export function sameButCamera(a: ViewState, b: ViewState): boolean {
  return encodeViewState({ ...a, camera: null }) === encodeViewState({ ...b, camera: null });
}
