// Whether the papergraph server answers: a tiny store every API client reports to. A failed request marks the
// connection lost (with a message naming the problem); the banner retries, and the first answer marks it back,
// bumping `epoch` so views whose loads failed load again. No React here: `useConnection` subscribes to it.

export type ConnectionState =
  { type: "online"; epoch: number } | { type: "offline"; epoch: number; message: string; since: number };

let state: ConnectionState = { type: "online", epoch: 0 };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const connection = {
  get: (): ConnectionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** A request never reached the server (or a proxy said it is gone). */
  lost(message: string): void {
    if (state.type === "offline" && state.message === message) return;
    state = {
      type: "offline",
      epoch: state.epoch,
      message,
      since: state.type === "offline" ? state.since : Date.now(),
    };
    emit();
  },
  /** A request got an answer: if the connection was lost, it is back. */
  answered(): void {
    if (state.type === "online") return;
    state = { type: "online", epoch: state.epoch + 1 };
    emit();
  },
};

/** What a failed `fetch` means to a reader, naming the server it tried. */
export function lostMessage(origin: string, error: unknown): string {
  const detail =
    error instanceof Error && error.message && error.message !== "Failed to fetch" ? ` (${error.message})` : "";
  return `Cannot reach the papergraph server at ${origin}: it may have stopped, or the network is down${detail}.`;
}

/** HTTP statuses that say the server behind a proxy is gone rather than that the request was wrong. */
export const isGatewayFailure = (status: number) => status === 502 || status === 503 || status === 504;

/** `fetch` that reports to the connection store; throws `Error` with a message naming the problem. */
export async function trackedFetch(
  input: string,
  init: RequestInit = {},
  origin = globalThis.location?.origin ?? "",
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    const message = lostMessage(origin, error);
    connection.lost(message);
    throw new Error(message, { cause: error });
  }
  if (isGatewayFailure(response.status) && !response.headers.get("content-type")?.includes("application/json")) {
    connection.lost(`The papergraph server at ${origin} is unavailable (HTTP ${response.status} from a proxy).`);
  } else connection.answered();
  return response;
}
