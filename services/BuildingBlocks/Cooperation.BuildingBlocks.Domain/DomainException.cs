namespace Cooperation.BuildingBlocks.Domain;

/// <summary>
/// A refusal the caller caused and can act on. The gRPC layer maps each kind to its status code,
/// so domain code never mentions gRPC.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
