// One hook for "fetch this when these change": the request is aborted when the inputs change or the component
// goes away, and its state is a `Loadable` union, so panels do not each repeat the same effect.

import { useEffect, useState, type DependencyList } from "react";
import type { Loadable } from "./api.js";

export function useLoadable<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ type: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setState({ type: "loading" });
    load(controller.signal).then(
      (data) => setState({ type: "ready", data }),
      (e: Error) => !controller.signal.aborted && setState({ type: "error", message: e.message }),
    );
    return () => controller.abort();
    // The caller's deps say when `load` means something new; `load` itself is a fresh closure every render.
  }, deps);
  return state;
}
