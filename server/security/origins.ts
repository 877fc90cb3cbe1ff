// Which Host names and Origins the server answers: pure checks behind the DNS-rebinding and cross-site guards.
// A page on another site may resolve its own name to 127.0.0.1 (DNS rebinding) or post to us from the browser:
// only a Host we serve under, and for anything but a read an Origin equal to our own, gets through.

import { hostname, networkInterfaces } from "node:os";
import { isLoopbackHost, LOOPBACK_HOSTS } from "../../settings/index.js";

const ANY_INTERFACE = ["0.0.0.0", "::", "[::]"];

/** `example.org:5178` → `example.org`, `[::1]:5178` → `[::1]`; lower case; undefined when unparsable. */
export function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]/\s@]+)(?::(\d{1,5}))?$/i.exec(hostHeader.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Every name a request may use to address this server. */
export function allowedHostnames(bind: string, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>([...LOOPBACK_HOSTS, ...extra.map((h) => h.toLowerCase())]);
  const host = bind.toLowerCase();
  if (ANY_INTERFACE.includes(host)) {
    // Bound to every interface: the machine's own addresses and name.
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) {
      for (const info of list ?? []) names.add(info.family === "IPv6" ? `[${info.address}]` : info.address);
    }
  } else names.add(host.includes(":") && !host.startsWith("[") ? `[${host}]` : host);
  return names;
}

export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  const name = hostnameOf(hostHeader);
  return name !== undefined && (allowed.has(name) || isLoopbackHost(name));
}

/**
 * A state-changing or console request from a browser carries an Origin; it must be this very server (scheme
 * aside, the same host and port the request addressed). No Origin: not a browser's cross-site request.
 */
export function isSameOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    return url.host === new URL(`${url.protocol}//${hostHeader}`).host;
  } catch {
    return false; // "null" (sandboxed frames, file://) and anything malformed
  }
}
