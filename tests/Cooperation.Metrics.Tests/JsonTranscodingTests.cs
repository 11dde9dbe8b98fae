using Cooperation.Metrics.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests;

public sealed class JsonTranscodingTests(MetricsServiceFactory factory) : JsonTranscodingTests<MetricsServiceFactory>(factory)
{
    protected override AuditedJsonWrite AuditedWrite => new(
        "/v1/metrics/record-exchange", "RecordExchange",
        new V1.RecordExchangeRequest
        {
            Channel = V1.SharingChannel.Interpol,
            Direction = V1.SharingDirection.Sent,
            Urgency = V1.UrgencyBand.Urgent,
            HandlingCode = V1.HandlingCode.H2,
            RequestedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2023, 11, 1, 9, 0, 0, TimeSpan.Zero)),
        },
        "uk-co-chair", "InformationExchange", "exchange.id");
}
