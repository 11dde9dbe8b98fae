// Follows WatchIndicators for as long as the page is open: no polling. When the stream breaks
// (the metrics service restarts, the network drops) it says so, waits a little, and resubscribes
// with the version of the last message it had, so it gets exactly the changes it missed (or a
// reset and a fresh snapshot when those are no longer kept).

import { Code, ConnectError } from "@connectrpc/connect";
import type { Clients } from "./clients.js";
import type { IndicatorChange } from "./gen/cooperation/metrics/v1/indicator_stream_pb.js";

export type ConnectionState = "connecting" | "live" | "reconnecting" | "resumed";

export interface LiveEvents {
  state(state: ConnectionState): void;
  /** A snapshot arrived: everything the page holds may be stale. */
  snapshot(): void;
  change(change: IndicatorChange): void;
  /** The token was refused: the person must sign in again. */
  unauthenticated(): void;
}

// The service sends a heartbeat every 15 s; silence for longer than this means the line is dead.
const silenceLimitMs = 40_000;
const firstRetryMs = 500;
const lastRetryMs = 5_000;

export async function follow(clients: Clients, events: LiveEvents, stop: AbortSignal): Promise<void> {
  let version = 0n;
  let broken = false;
  let retryMs = firstRetryMs;
  events.state("connecting");
  while (!stop.aborted) {
    const attempt = new AbortController();
    const abortAttempt = () => attempt.abort();
    stop.addEventListener("abort", abortAttempt);
    let watchdog = setTimeout(abortAttempt, silenceLimitMs);
    try {
      const stream = clients.stream.watchIndicators({ resumeVersion: version }, { signal: attempt.signal });
      let first = true;
      for await (const message of stream) {
        clearTimeout(watchdog);
        watchdog = setTimeout(abortAttempt, silenceLimitMs);
        if (first) {
          first = false;
          events.state(broken ? "resumed" : "live");
          retryMs = firstRetryMs;
        }
        const event = message.event;
        switch (event.case) {
          case "snapshot":
            version = event.value.version;
            events.snapshot();
            break;
          case "change":
            if (event.value.value) {
              version = event.value.value.version > version ? event.value.value.version : version;
            }
            events.change(event.value);
            break;
          case "heartbeat":
            version = event.value.version > version ? event.value.version : version;
            break;
          case "reset":
            // A snapshot follows; resubscribing from 0 would lose nothing either.
            version = 0n;
            break;
        }
      }
    } catch (error) {
      if (ConnectError.from(error).code === Code.Unauthenticated) {
        events.unauthenticated();
        return;
      }
    } finally {
      clearTimeout(watchdog);
      stop.removeEventListener("abort", abortAttempt);
    }
    if (stop.aborted) {
      return;
    }
    broken = true;
    events.state("reconnecting");
    await new Promise((resolve) => setTimeout(resolve, retryMs));
    retryMs = Math.min(retryMs * 2, lastRetryMs);
  }
}
