// Runs in every test worker: the servers and seed stores the global setup made become environment variables, as
// a person would set them (NEO4J_URI…).

import { inject } from "vitest";

Object.assign(process.env, inject("testEnv") ?? {});
