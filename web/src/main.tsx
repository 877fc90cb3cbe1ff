// Entry point of the explorer; a leaderboard address (`/leaderboard/<id>`) opens the leaderboard page instead.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { isLeaderboardPath } from "./core/url-state/leaderboard.js";
import { LeaderboardView } from "./views/leaderboard/LeaderboardView.js";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>{isLeaderboardPath(location.pathname) ? <LeaderboardView /> : <App />}</StrictMode>,
);
