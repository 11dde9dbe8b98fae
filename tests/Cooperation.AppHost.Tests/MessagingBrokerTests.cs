using System.Net.Sockets;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Cooperation.AppHost.Tests.Infrastructure;

namespace Cooperation.AppHost.Tests;

[Collection(StartedStackDefinition.Name)]
public sealed class MessagingBrokerTests(StackFixture stack)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Broker_is_a_container_where_an_engine_answers_and_the_local_rabbitmq_server_otherwise()
    {
        var messaging = stack.Stack.Resource("messaging");

        if (ContainerEngineProbe.Answers())
        {
            Assert.IsAssignableFrom<ContainerResource>(messaging);
        }
        else
        {
            var executable = Assert.IsAssignableFrom<ExecutableResource>(messaging);
            Assert.EndsWith("rabbitmq-server", executable.Command, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Broker_answers_the_AMQP_handshake_at_its_connection_string()
    {
        var connectionString = await stack.Stack.App.GetConnectionStringAsync("messaging").AsTask().WaitAsync(Timeout);
        var broker = new Uri(connectionString!);

        using var client = new TcpClient();
        await client.ConnectAsync(broker.Host, broker.Port).WaitAsync(Timeout);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray()).AsTask().WaitAsync(Timeout);
        var frameType = new byte[1];
        var read = await stream.ReadAsync(frameType).AsTask().WaitAsync(Timeout);

        Assert.Equal(1, read);
        Assert.Equal(1, frameType[0]); // a method frame: Connection.Start
    }
}
