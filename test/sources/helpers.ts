// Test helpers for source readers: fixture paths and a throwaway local HTTP server (never the real APIs).

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/sources/${name}`, import.meta.url));

export interface LocalServer {
  url: string;
  /** Path and query of every request, in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with a free port; `handle` answers every request. */
export async function startServer(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // requests a test left hanging (timeouts) must not keep the server open
        server.close(() => resolve());
      }),
  };
}

export function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "text/plain", ...headers });
  res.end(body);
}
