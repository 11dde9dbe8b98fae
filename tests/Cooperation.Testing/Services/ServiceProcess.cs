using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Cooperation.Testing;

/// <summary>
/// A built service run as a child process of the test, from its project folder (so its
/// appsettings.json is read), on a free h2c port, with its settings as environment variables.
/// Unlike a service hosted in process it can be <see cref="KillAsync">killed</see> with SIGKILL,
/// mid-transaction and mid-publish, and started again on the same port and database. The service
/// is the build output of the configuration the test runs in; the test project references the
/// service so that <c>dotnet test</c> builds it. It can also be <see cref="TerminateAsync">stopped</see>
/// as an orchestrator stops it, with SIGTERM, to see how long it takes to exit by itself.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);
    private static readonly string SigningKey = DevelopmentSigningKey.Generate();

    private readonly string _projectDirectory;
    private readonly string _assemblyPath;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly DevelopmentTokenIssuer _tokens = DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, SigningKey);
    private readonly Dictionary<string, GrpcChannel> _channels = [];
    private readonly List<string> _output = [];
    private readonly Lock _gate = new();
    private Process? _process;

    /// <param name="projectDirectory">The service's project folder, relative to the repository root (e.g. <c>services/Metrics/Cooperation.Metrics</c>).</param>
    /// <param name="settings">Configuration keys in their <c>Section:Key</c> form and their values.</param>
    /// <param name="withWebPort">Whether it also listens on <see cref="WebPort"/>, its HTTP/1.1 port (gRPC-Web, JSON), as under the AppHost.</param>
    public ServiceProcess(string projectDirectory, IReadOnlyDictionary<string, string> settings, bool withWebPort = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectDirectory);
        _projectDirectory = Path.Combine(RepositoryRoot(), projectDirectory);
        _assemblyPath = Path.Combine(_projectDirectory, "bin", BuildConfiguration(), "net10.0", $"{Path.GetFileName(_projectDirectory)}.dll");
        _settings = settings;
        WebPort = withWebPort ? FreeTcpPort() : null;
    }

    public int Port { get; } = FreeTcpPort();

    /// <summary>The HTTP/1.1 port, when it has one.</summary>
    public int? WebPort { get; }

    /// <summary>Times the process has been started.</summary>
    public int Starts { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>A bearer token of one of the development personas, for a caller that is not a gRPC channel (gRPC-Web, JSON).</summary>
    public string TokenFor(string persona) => _tokens.Mint(persona);

    /// <summary>A channel that calls as one of the development personas ("uk-co-chair", …).</summary>
    public GrpcChannel ChannelFor(string persona)
    {
        if (!_channels.TryGetValue(persona, out var channel))
        {
            var token = _tokens.Mint(persona);
            channel = GrpcChannel.ForAddress($"http://127.0.0.1:{Port}", new GrpcChannelOptions
            {
                Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
                {
                    metadata.Add("Authorization", $"Bearer {token}");
                    return Task.CompletedTask;
                })),
                // Loopback only, with a key made for this test run.
                UnsafeUseInsecureChannelCallCredentials = true,
            });
            _channels[persona] = channel;
        }

        return channel;
    }

    /// <summary>Console lines the service wrote (over all its starts) that contain <paramref name="text"/>.</summary>
    public int LinesContaining(string text)
    {
        lock (_gate)
        {
            return _output.Count(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Starts the service and, unless told not to, waits until grpc.health.v1 answers SERVING
    /// (migrations run, bus started). A drill that kills a consumer early in its start does not wait.
    /// </summary>
    public async Task StartAsync(bool waitUntilServing = true)
    {
        if (IsRunning)
        {
            return;
        }

        if (!File.Exists(_assemblyPath))
        {
            throw new InvalidOperationException($"{_assemblyPath} is missing: build the service first (the test project references it, so `dotnet test` does).");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _projectDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(_assemblyPath);
        foreach (var (name, value) in Environment())
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{_assemblyPath} did not start.");
        Starts++;
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (waitUntilServing)
        {
            await WaitUntilServingAsync();
        }
    }

    /// <summary>SIGKILL: no stopping token, no finishing the row in hand, no flushing; then waits for the exit.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        using var process = _process;
        _process = null;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(ExitTimeout);
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    /// <summary>
    /// SIGTERM, what the orchestrator sends to stop a resource: the host runs its stopping
    /// sequence. Answers how long the process took to exit by itself; throws when it had not
    /// exited within <paramref name="timeout"/> (and then kills it).
    /// </summary>
    public async Task<TimeSpan> TerminateAsync(TimeSpan timeout)
    {
        if (_process is null)
        {
            throw new InvalidOperationException("The service is not running.");
        }

        using var process = _process;
        _process = null;
        var clock = Stopwatch.StartNew();
        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var exited = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(exited.Token);
            // The exit is seen; the redirected output may still be draining.
            await process.WaitForExitAsync();
            return clock.Elapsed;
        }
        catch (OperationCanceledException) when (exited.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(_assemblyPath)} did not exit within {timeout} of SIGTERM:{System.Environment.NewLine}{RecentOutput()}");
        }
    }

    /// <summary>Its last console lines, over all its starts.</summary>
    public string RecentOutput()
    {
        lock (_gate)
        {
            return string.Join(System.Environment.NewLine, _output.TakeLast(80));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{Port}");
        var health = new Health.HealthClient(channel);
        var name = Path.GetFileName(_assemblyPath);
        try
        {
            await Eventually.WaitUntilAsync(() => ServingAsync(health), $"{name} to serve", StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{name} was not serving within {StartTimeout}:{System.Environment.NewLine}{RecentOutput()}");
        }
    }

    // A process that exited will never serve: that ends the wait at once, with its output.
    private async Task<bool> ServingAsync(Health.HealthClient health)
    {
        if (_process is null || _process.HasExited)
        {
            throw new InvalidOperationException($"{Path.GetFileName(_assemblyPath)} exited during start-up:{System.Environment.NewLine}{RecentOutput()}");
        }

        try
        {
            var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving;
        }
        catch (RpcException)
        {
            // Not listening yet, or still starting.
            return false;
        }
    }

    private IEnumerable<(string Name, string Value)> Environment()
    {
        yield return ("ASPNETCORE_ENVIRONMENT", "Testing");
        yield return ("ASPNETCORE_URLS", WebPort is { } web ? $"http://127.0.0.1:{Port};http://127.0.0.1:{web}" : $"http://127.0.0.1:{Port}");
        if (WebPort is { } webPort)
        {
            yield return ("Web__Port", webPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        yield return ("Authentication__Issuer", DevelopmentTokenIssuer.Issuer);
        yield return ("Authentication__Audience", DevelopmentTokenIssuer.DefaultAudience);
        yield return ("Authentication__SigningKeys__0", SigningKey);
        foreach (var (key, value) in PlaceholderServiceClient.Settings.Concat(_settings.Select(setting => (setting.Key, setting.Value))))
        {
            yield return (key.Replace(":", "__", StringComparison.Ordinal), value);
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Add(line);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cooperation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Cooperation.sln above {AppContext.BaseDirectory}.");
    }

    // The test's own output folder is bin/<configuration>/<framework>/: the service is built alike.
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
