using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.DevTokens;

// dotnet run --project services/DevTokens/Cooperation.DevTokens -- --persona uk-co-chair
// The launch profile sets DOTNET_ENVIRONMENT=Development; anywhere else the command refuses.
var options = TokenCommandOptions.Parse(args);
if (options.Error is not null)
{
    await Console.Error.WriteLineAsync(options.Error);
    await Console.Error.WriteLineAsync(TokenCommandOptions.Usage);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(TokenCommandOptions.Usage);
    return 0;
}

if (options.List)
{
    foreach (var persona in DevelopmentPersonas.All)
    {
        Console.WriteLine($"{persona.Name,-30} {string.Join(",", persona.Roles),-32} {persona.Description}");
    }

    return 0;
}

if (options.NewKey)
{
    Console.WriteLine(DevelopmentSigningKey.Generate());
    return 0;
}

var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
    ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
var key = options.Key
    ?? Environment.GetEnvironmentVariable("COOPERATION_DEV_SIGNING_KEY")
    ?? Environment.GetEnvironmentVariable("Authentication__Development__SigningKey")
    ?? (File.Exists(DevelopmentSigningKey.DefaultFilePath) ? File.ReadAllText(DevelopmentSigningKey.DefaultFilePath).Trim() : null);
if (key is null)
{
    await Console.Error.WriteLineAsync(
        $"No signing key: pass --key, set COOPERATION_DEV_SIGNING_KEY, or run the AppHost once (it writes {DevelopmentSigningKey.DefaultFilePath}).");
    return 2;
}

try
{
    var issuer = DevelopmentTokenIssuer.Create(environment, key, options.Audience);
    Console.WriteLine(options.Service is not null
        ? issuer.MintForService(options.Service, options.Lifetime)
        : issuer.Mint(options.Persona!, options.Lifetime));
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
