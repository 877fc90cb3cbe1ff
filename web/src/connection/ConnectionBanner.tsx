// The banner a lost server shows: what is wrong, when the next retry is, a button to retry now; it retries by
// itself (2 s, then longer, at most every 15 s) and goes once the server answers, saying so for a moment.
import { useEffect, useState } from "react";
import { trackedFetch } from "../core/connection/index.js";
import { useConnection } from "../core/connection/useConnection.js";

const delayFor = (attempt: number) => Math.min(15, 2 * 2 ** attempt);

export function ConnectionBanner() {
  const state = useConnection();
  const [attempt, setAttempt] = useState(0);
  const [seconds, setSeconds] = useState(0);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (state.type !== "offline") return;
    let left = delayFor(attempt);
    setSeconds(left);
    const tick = setInterval(() => {
      left -= 1;
      setSeconds(Math.max(0, left));
      if (left > 0) return;
      clearInterval(tick);
      trackedFetch("/api/stats").catch(() => setAttempt((a) => a + 1));
    }, 1000);
    return () => clearInterval(tick);
  }, [state.type, attempt]);

  useEffect(() => {
    if (state.type !== "online" || state.epoch === 0) return;
    setAttempt(0);
    setRestored(true);
    const t = setTimeout(() => setRestored(false), 3000);
    return () => clearTimeout(t);
  }, [state.type, state.epoch]);

  if (state.type === "offline") {
    return (
      <div className="connection-banner" role="alert" data-testid="connection-banner">
        <span>{state.message}</span>
        <span> Retrying in {seconds} s.</span>
        <button
          className="small"
          data-testid="connection-retry"
          onClick={() => trackedFetch("/api/stats").catch(() => setAttempt((a) => a + 1))}
        >
          Retry now
        </button>
      </div>
    );
  }
  if (restored) {
    return (
      <div className="connection-banner ok" role="status" data-testid="connection-restored">
        Connected to the server again.
      </div>
    );
  }
  return null;
}
