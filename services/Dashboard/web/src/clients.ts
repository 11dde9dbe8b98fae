// gRPC-Web clients of the services' web ports, calling with the signed-in person's token.

import { createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { IndicatorsService } from "./gen/cooperation/metrics/v1/indicators_pb.js";
import { IndicatorStreamService } from "./gen/cooperation/metrics/v1/indicator_stream_pb.js";
import { PublicationService } from "./gen/cooperation/metrics/v1/publication_pb.js";
import { InformationSharingService } from "./gen/cooperation/metrics/v1/information_sharing_pb.js";
import { CadenceService } from "./gen/cooperation/workinggroup/v1/cadence_pb.js";
import type { DashboardConfig } from "./config.js";

export interface Clients {
  indicators: Client<typeof IndicatorsService>;
  stream: Client<typeof IndicatorStreamService>;
  publication: Client<typeof PublicationService>;
  sharing: Client<typeof InformationSharingService>;
  cadence: Client<typeof CadenceService>;
}

export function createClients(config: DashboardConfig, token: string): Clients {
  const bearer: Interceptor = (next) => (request) => {
    request.header.set("Authorization", `Bearer ${token}`);
    return next(request);
  };
  const metrics = createGrpcWebTransport({ baseUrl: config.metricsUrl, interceptors: [bearer] });
  const workingGroup = createGrpcWebTransport({ baseUrl: config.workingGroupUrl, interceptors: [bearer] });
  return {
    indicators: createClient(IndicatorsService, metrics),
    stream: createClient(IndicatorStreamService, metrics),
    publication: createClient(PublicationService, metrics),
    sharing: createClient(InformationSharingService, metrics),
    cadence: createClient(CadenceService, workingGroup),
  };
}
