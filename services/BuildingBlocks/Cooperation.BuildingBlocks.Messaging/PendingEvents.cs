using Cooperation.Contracts.Messages;

namespace Cooperation.BuildingBlocks.Messaging;

/// <summary>The events a unit of work has published, waiting for the outbox at commit.</summary>
internal sealed class PendingEvents : List<IntegrationEvent>;
