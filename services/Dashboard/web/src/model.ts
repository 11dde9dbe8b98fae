// What the page shows, loaded through the services' read RPCs. Each panel holds its data or the
// reason it has none, so one refused call (a role without access) blanks one panel only.

import type { Clients } from "./clients.js";
import type { Indicator, IndicatorValue } from "./gen/cooperation/metrics/v1/indicators_pb.js";
import type { PublicationState } from "./gen/cooperation/metrics/v1/publication_pb.js";
import type { GetSharingStatisticsResponse } from "./gen/cooperation/metrics/v1/information_sharing_pb.js";
import type { GetCadenceResponse } from "./gen/cooperation/workinggroup/v1/cadence_pb.js";

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Model {
  indicators: Map<string, Indicator>;
  history: Map<string, IndicatorValue[]>;
  cadence?: Loaded<GetCadenceResponse>;
  publication?: Loaded<PublicationState | undefined>;
  sharing?: Loaded<GetSharingStatisticsResponse>;
  updatedAt?: Date;
}

export function emptyModel(): Model {
  return { indicators: new Map(), history: new Map() };
}

export function currentQuarter(now = new Date()): { year: number; quarter: number } {
  return { year: now.getUTCFullYear(), quarter: Math.floor(now.getUTCMonth() / 3) + 1 };
}

async function load<T>(call: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Every indicator (a page at a time) with its value in the current quarter. */
export async function loadIndicators(clients: Clients, model: Model): Promise<void> {
  const all = new Map<string, Indicator>();
  let pageToken = "";
  do {
    const page = await clients.indicators.listIndicators({ quarter: currentQuarter(), pageSize: 100, pageToken });
    page.indicators.forEach((indicator) => all.set(indicator.id, indicator));
    pageToken = page.nextPageToken;
  } while (pageToken);
  model.indicators = all;
  await Promise.all([...all.keys()].map((id) => loadHistory(clients, model, id)));
}

/** One indicator again, after the stream said it changed: the service computes progress and RAG. */
export async function reloadIndicator(clients: Clients, model: Model, id: string): Promise<void> {
  const [reply] = await Promise.all([
    clients.indicators.getIndicator({ indicatorId: id, quarter: currentQuarter() }),
    loadHistory(clients, model, id),
  ]);
  if (reply.indicator) {
    model.indicators.set(id, reply.indicator);
  }
}

async function loadHistory(clients: Clients, model: Model, id: string): Promise<void> {
  const reply = await clients.indicators.listIndicatorHistory({ indicatorId: id });
  model.history.set(id, reply.values);
}

/** The cadence, the quarter's publication state and the sharing statistics. */
export async function loadPanels(clients: Clients, model: Model): Promise<void> {
  const quarter = currentQuarter();
  const [cadence, publication, sharing] = await Promise.all([
    load(() => clients.cadence.getCadence({})),
    load(async () => (await clients.publication.getPublicationState({ quarter })).state),
    load(() => clients.sharing.getSharingStatistics({ quarter })),
  ]);
  Object.assign(model, { cadence, publication, sharing });
}
