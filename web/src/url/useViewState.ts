// The view state as React state, mirrored in the URL: changes push history entries (camera moves replace the
// current one), Back and Forward restore, and an undo stack steps back through the explorer's own changes.
import { useCallback, useEffect, useRef, useState } from "react";
import { decodeViewState, encodeViewState, sameButCamera, type ViewState } from "../core/url-state/index.js";

export type Update = (next: (state: ViewState) => ViewState) => void;

const UNDO_LIMIT = 100;

export function useViewState() {
  const [state, setState] = useState<ViewState>(() => decodeViewState(location.pathname, location.search));
  const undoStack = useRef<ViewState[]>([]);
  const [canUndo, setCanUndo] = useState(false);

  useEffect(() => {
    const onPop = () => setState(decodeViewState(location.pathname, location.search));
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);

  const previous = useRef(state);
  useEffect(() => {
    const url = encodeViewState(state);
    const current = location.pathname + location.search;
    if (url !== current) {
      // Camera-only changes and the first normalisation of a pasted link replace; the rest adds an entry.
      if (sameButCamera(previous.current, state)) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
    }
    previous.current = state;
  }, [state]);

  const update: Update = useCallback((next) => {
    setState((s) => {
      const n = next(s);
      if (n !== s && !sameButCamera(s, n)) {
        undoStack.current = [...undoStack.current.slice(-UNDO_LIMIT + 1), s];
      }
      return n;
    });
    setCanUndo(true);
  }, []);

  const undo = useCallback(() => {
    const last = undoStack.current.pop();
    setCanUndo(undoStack.current.length > 0);
    if (last) setState({ ...last, camera: null });
  }, []);

  return { state, update, undo, canUndo };
}
