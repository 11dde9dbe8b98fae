using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// One stack for every test in <see cref="StartedStackDefinition"/>, on free ports and a private
/// data directory so a local run can go on beside it.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private readonly string dataDirectory = TemporaryDirectory.Create();
    private StackRun? stack;

    public StackRun Stack => stack ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync() =>
        stack = await StackRun.StartAsync(new StackOptions(dataDirectory, MessagingPort: 0, PostgresPort: 0, DevelopmentSigningKey.Generate()));

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
        }

        TemporaryDirectory.Delete(dataDirectory);
    }
}
