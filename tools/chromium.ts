// Launches Debian's Chromium through playwright-core (never a downloaded browser).

import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** `extraArgs`: more command-line switches, e.g. a host-resolver rule for a DNS-rebinding test. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No network here: keep Chromium from filling the log with refused background connections.
    args: [
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--no-sandbox",
      ...extraArgs,
    ],
  });
}
