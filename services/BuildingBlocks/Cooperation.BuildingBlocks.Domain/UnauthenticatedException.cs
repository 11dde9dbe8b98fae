namespace Cooperation.BuildingBlocks.Domain;

/// <summary>
/// The call carries no usable identity: no token, or a token whose claims do not name a caller
/// (no subject, an agency id that is not a UUID, an unknown participant).
/// </summary>
public sealed class UnauthenticatedException(string message) : DomainException(message);
