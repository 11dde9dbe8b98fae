namespace Cooperation.BuildingBlocks.Security.ServiceIdentity;

/// <summary>The service's own client registration at the authority (<c>Authentication:ServiceClient</c>).</summary>
public sealed record ServiceClientSettings(Uri TokenEndpoint, string ClientId, string ClientSecret, string? Scope);
