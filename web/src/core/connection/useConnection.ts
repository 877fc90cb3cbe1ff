// React's view of the connection store.
import { useSyncExternalStore } from "react";
import { connection, type ConnectionState } from "./index.js";

export const useConnection = (): ConnectionState => useSyncExternalStore(connection.subscribe, connection.get);
