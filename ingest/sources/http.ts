// The one HTTP GET helper for network readers: per-attempt timeout, retries with exponential back-off on network
// errors, timeouts, 429 and 5xx (honouring Retry-After), and errors that name the URL and the status.

export interface HttpOptions {
  signal?: AbortSignal;
  /** Per attempt. Default 30 s. */
  timeoutMs?: number;
  /** Attempts after the first. Default 3. */
  retries?: number;
  /** First back-off; doubles each retry. Default 1 s. */
  backoffMs?: number;
  /** Cap on any single wait, including a server's Retry-After. Default 60 s. */
  maxDelayMs?: number;
  headers?: Record<string, string>;
}

/** A request that failed for good: `status` is set when the server answered, absent for network errors/timeouts. */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const USER_AGENT = "papergraph/0.1 (paper ingest)";
const RETRYABLE_STATUS = (status: number) => status === 429 || status >= 500;

/** Milliseconds a Retry-After header asks for (delta-seconds or an HTTP date), undefined when absent or bad. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const statusText = (res: Response) => `${res.status}${res.statusText ? ` ${res.statusText}` : ""}`;

export interface HttpResponse {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

/**
 * GETs `url` and returns the successful response with its whole body (read under the same timeout, so a server
 * that stalls mid-body is retried too); throws HttpError once retries are spent, or at once on other 4xx.
 */
export async function httpGet(url: string, options: HttpOptions = {}): Promise<HttpResponse> {
  const { signal, timeoutMs = 30_000, retries = 3, backoffMs = 1000, maxDelayMs = 60_000 } = options;
  const headers = { "user-agent": USER_AGENT, ...options.headers };
  for (let attempt = 0; ; attempt++) {
    const attempts = `${attempt + 1} attempt${attempt ? "s" : ""}`;
    const backoff = Math.min(maxDelayMs, backoffMs * 2 ** attempt);
    let failure: HttpError;
    let wait = backoff;
    try {
      const attemptSignal = signal
        ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])
        : AbortSignal.timeout(timeoutMs);
      const res = await fetch(url, { headers, signal: attemptSignal });
      if (res.ok) return { url, status: res.status, headers: res.headers, body: await res.text() };
      const detail = (await res.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200);
      const message = `GET ${url} failed: HTTP ${statusText(res)} after ${attempts}${detail ? `: ${detail}` : ""}`;
      failure = new HttpError(message, url, res.status);
      if (!RETRYABLE_STATUS(res.status)) throw failure;
      wait = Math.min(maxDelayMs, retryAfterMs(res.headers.get("retry-after")) ?? backoff);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      if (signal?.aborted) throw signal.reason; // the caller gave up: no retry
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      const reason = timedOut ? `timed out after ${timeoutMs} ms` : `network error (${describe(error)})`;
      failure = new HttpError(`GET ${url} ${reason} after ${attempts}`, url, undefined, { cause: error });
    }
    if (attempt >= retries) throw failure;
    await sleep(wait, signal);
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

/** GETs `url` and parses its body as JSON; a body that is not JSON is an HttpError naming the URL. */
export async function httpGetJson(url: string, options?: HttpOptions): Promise<unknown> {
  const { body, status } = await httpGet(url, options);
  try {
    return JSON.parse(body);
  } catch (error) {
    const start = body.replace(/\s+/g, " ").slice(0, 80);
    throw new HttpError(`GET ${url} returned a body that is not JSON: "${start}"`, url, status, { cause: error });
  }
}
