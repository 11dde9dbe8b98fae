using System.Globalization;
using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.DevTokens;

/// <summary>The command line of the token command.</summary>
internal sealed record TokenCommandOptions
{
    public const string Usage = """
        Usage: Cooperation.DevTokens --persona NAME [--key BASE64] [--audience AUD] [--lifetime-minutes N]
               Cooperation.DevTokens --service NAME [--key BASE64]
               Cooperation.DevTokens --list | --new-key | --help
        The key is read from --key, COOPERATION_DEV_SIGNING_KEY, Authentication__Development__SigningKey
        or ~/.cooperation/dev-signing-key. Refuses unless DOTNET_ENVIRONMENT (or ASPNETCORE_ENVIRONMENT) is Development.
        """;

    public string? Persona { get; private init; }
    public string? Service { get; private init; }
    public string? Key { get; private init; }
    public string Audience { get; private init; } = DevelopmentTokenIssuer.DefaultAudience;
    public TimeSpan Lifetime { get; private init; } = TimeSpan.FromHours(8);
    public bool List { get; private init; }
    public bool NewKey { get; private init; }
    public bool ShowHelp { get; private init; }
    public string? Error { get; private init; }

    public static TokenCommandOptions Parse(IReadOnlyList<string> args)
    {
        var options = new TokenCommandOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            options = args[i] switch
            {
                "--persona" => options with { Persona = Value() },
                "--service" => options with { Service = Value() },
                "--key" => options with { Key = Value() },
                "--audience" => options with { Audience = Value() ?? DevelopmentTokenIssuer.DefaultAudience },
                "--lifetime-minutes" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
                    => options with { Lifetime = TimeSpan.FromMinutes(minutes) },
                "--list" => options with { List = true },
                "--new-key" => options with { NewKey = true },
                "--help" or "-h" => options with { ShowHelp = true },
                var other => options with { Error = $"Unknown or incomplete option '{other}'." },
            };
        }

        if (options.Error is null && !options.List && !options.NewKey && !options.ShowHelp
            && string.IsNullOrWhiteSpace(options.Persona) == string.IsNullOrWhiteSpace(options.Service))
        {
            options = options with { Error = "Name exactly one of --persona or --service." };
        }

        return options;
    }
}
