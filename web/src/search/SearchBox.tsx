// Type-ahead search over titles, entity names and aliases; choosing a hit selects and focuses that node.
// A view that only makes sense for some kinds (papers for "shares data with") narrows the search to them.
import { useEffect, useState } from "react";
import type { NodeKind, SearchHit } from "../../../domain/types.js";
import { api } from "../api.js";
import { useConnection } from "../core/connection/useConnection.js";
import { KIND_COLORS, KIND_NAMES } from "../graph/appearance.js";

export function SearchBox({
  onChoose,
  kinds,
  placeholder,
}: {
  onChoose(id: string): void;
  kinds?: readonly NodeKind[];
  placeholder?: string;
}) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  // A search that failed while the server was away runs again once it is back.
  const connection = useConnection();
  const retry = failure && connection.type === "online" ? connection.epoch : 0;

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFailure(null);
      return setHits([]);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .search(q, controller.signal, kinds)
        .then((r) => {
          setHits(r.hits);
          setActive(0);
          setFailure(null);
        })
        .catch((e: Error) => {
          if (controller.signal.aborted) return;
          setHits([]);
          setFailure(`Search failed: ${e.message}`);
        });
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, kinds, retry]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit.id);
    setQuery("");
    setHits([]);
  };

  return (
    <div className="search">
      <input
        type="search"
        placeholder={placeholder ?? "Search papers, models, datasets…"}
        aria-label="Search"
        data-testid="search-input"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") choose(hits[active]);
          else if (e.key === "Escape") setHits([]);
        }}
      />
      {hits.length > 0 && (
        <ul className="hits" role="listbox" data-testid="search-hits">
          {hits.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === active} className={i === active ? "active" : ""}>
              <button onMouseDown={() => choose(h)}>
                <span className="dot" style={{ background: KIND_COLORS[h.kind] }} />
                <span className="hit-label">{h.label}</span>
                <span className="hit-kind">{KIND_NAMES[h.kind]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p className="search-error" role="alert" data-testid="search-error">
          {failure}
        </p>
      )}
    </div>
  );
}
