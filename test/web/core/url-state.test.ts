// The URL codec: every part of the view state survives encode → decode, defaults stay out of the URL,
// and malformed input falls back to defaults.

import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  DEFAULT_VIEW_STATE,
  decodeViewState,
  encodeViewState,
  sameButCamera,
  type ViewState,
} from "../../../web/src/core/url-state/index.js";
import { escapePart, unescapePart } from "../../../web/src/core/url-state/utils.js";

const roundTrip = (state: ViewState) => {
  const url = new URL(encodeViewState(state), "http://x");
  return decodeViewState(url.pathname, url.search);
};

const FULL: ViewState = {
  view: "neighbourhood",
  focus: "repo:github.com/a,b/c~d*e%f",
  selected: "arxiv:2401.00001",
  color: "community",
  filters: {
    kinds: ["paper", "dataset"],
    from: "2021",
    to: "2023-06-30",
    keepUndated: true,
    minDegree: 2,
    maxDegree: 40,
    minWeight: 3,
  },
  camera: { x: 0.4321, y: 0.5, ratio: 0.25 },
  expanded: [
    { id: "repo:github.com/a,b/c~d*e%f", open: { "paper.HAS_CODE": 2 } },
    { id: "title:00000000000000a2", open: { "model.USES": 1, "dataset.USES": 3 } },
    { id: "model:vit", open: {} },
  ],
  pinned: ["model:vit", "dataset:imagenet"],
};

describe("encodeViewState / decodeViewState", () => {
  it.each<[string, ViewState]>([
    ["the default", DEFAULT_VIEW_STATE],
    ["a full neighbourhood", FULL],
    ["shares data", { ...DEFAULT_VIEW_STATE, view: "shares", focus: "arxiv:2401.00001" }],
    ["all methods", { ...DEFAULT_VIEW_STATE, view: "methods" }],
    ["methods around a model", { ...DEFAULT_VIEW_STATE, view: "methods", focus: "model:gpt2", selected: "model:bert" }],
    [
      "a neighbourhood with only its root expanded",
      { ...DEFAULT_VIEW_STATE, view: "neighbourhood", focus: "model:vit", expanded: [{ id: "model:vit", open: {} }] },
    ],
    ["a neighbourhood with nothing expanded", { ...DEFAULT_VIEW_STATE, view: "neighbourhood", focus: "model:vit" }],
    ["no kind shown", { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, kinds: [] } }],
    ["hubs hidden above 0", { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, maxDegree: 0 } }],
  ])("round-trips %s", (_, state) => {
    expect(roundTrip(state)).toEqual(state);
  });

  it.each<[ViewState, string]>([
    [DEFAULT_VIEW_STATE, "/"],
    [{ ...DEFAULT_VIEW_STATE, view: "methods" }, "/methods"],
    [{ ...DEFAULT_VIEW_STATE, view: "shares", focus: "arxiv:2401.00001" }, "/shares/arxiv:2401.00001"],
    [
      {
        ...DEFAULT_VIEW_STATE,
        view: "neighbourhood",
        focus: "repo:github.com/a/b",
        expanded: [{ id: "x:1", open: {} }],
      },
      "/neighbourhood/repo:github.com%2Fa%2Fb?exp=x:1",
    ],
    [
      { ...DEFAULT_VIEW_STATE, color: "community", filters: { ...DEFAULT_FILTERS, kinds: ["model", "paper"] } },
      "/?color=community&kinds=paper,model",
    ],
  ])("writes short, readable URLs: %#", (state, url) => {
    expect(encodeViewState(state)).toBe(url);
  });

  it("opens a bare neighbourhood link with its root expanded, and writes `exp=` to keep it closed", () => {
    expect(decodeViewState("/neighbourhood/model:vit", "").expanded).toEqual([{ id: "model:vit", open: {} }]);
    const closed = { ...DEFAULT_VIEW_STATE, view: "neighbourhood" as const, focus: "model:vit" };
    expect(encodeViewState(closed)).toBe("/neighbourhood/model:vit?exp=");
    expect(encodeViewState({ ...closed, expanded: [{ id: "model:vit", open: {} }] })).toBe("/neighbourhood/model:vit");
  });

  it("keeps expansions and pins out of views that have none", () => {
    const url = encodeViewState({ ...FULL, view: "overview", focus: null });
    expect(url).not.toMatch(/exp=|pin=/);
  });

  it.each([
    ["/nowhere/at/all", "?color=purple&kinds=spaceship,paper&from=last-year&minDeg=-3&maxDeg=x&minW=0&cam=1,2"],
    ["/neighbourhood/%E0%A4%A", "?exp=~paper.USES*2,,model:x~bogus*1~paper.LIKES*1~paper.USES*-1&pin=,"],
  ])("falls back to defaults on malformed input: %s%s", (path, search) => {
    const state = decodeViewState(path, search);
    expect(state.color).toBe("kind");
    expect(state.camera).toBeNull();
    expect(state.filters.minDegree).toBe(0);
    expect(state.filters.minWeight).toBe(1);
    expect(state.filters.from).toBeNull();
    if (state.view === "overview") {
      expect(state.filters.kinds).toEqual(["paper"]);
      expect(state.filters.maxDegree).toBe(0);
    } else {
      expect(state.focus).toBeNull();
      expect(state.expanded).toEqual([{ id: "model:x", open: {} }]);
      expect(state.pinned).toEqual([]);
    }
  });

  it("tells camera-only changes apart", () => {
    expect(sameButCamera(FULL, { ...FULL, camera: null })).toBe(true);
    expect(sameButCamera(FULL, { ...FULL, selected: null })).toBe(false);
  });
});

describe("escapePart", () => {
  it.each(["plain:id", "a,b", "~*%", "%2C literally", "repo:github.com/x/y"])("round-trips %s", (id) => {
    expect(escapePart(id)).not.toMatch(/[,~*]/);
    expect(unescapePart(escapePart(id))).toBe(id);
  });
});
