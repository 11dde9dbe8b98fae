using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.BuildingBlocks.Messaging.Outbox;
using Cooperation.BuildingBlocks.Messaging.Topology;
using Cooperation.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Name of the connection string that points at RabbitMQ (an amqp:// URI).</summary>
    public const string BrokerConnectionName = "messaging";

    /// <summary>
    /// The outbox and its relay, the inbox's tables and MassTransit: on RabbitMQ (publisher confirms,
    /// kebab-case endpoints) when <c>ConnectionStrings:messaging</c> is set, otherwise on the
    /// in-memory transport. Register consumers in <paramref name="configureConsumers"/> with
    /// <c>AddInboxConsumer</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var services = builder.Services;
        services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new MigrationScripts(typeof(IUnitOfWork).Assembly));
        services.AddSingleton<IOutboxSignal, OutboxSignal>();
        services.AddSingleton<IUnitOfWorkFactory, UnitOfWorkFactory>();
        services.AddSingleton<IUnitOfWorkParticipant, OutboxParticipant>();
        // A consumer's IUnitOfWork is the one its inbox filter began around the message.
        services.AddScoped<ConsumeUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<ConsumeUnitOfWork>());
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxMetrics>();
        services.AddHostedService<SubscriptionCheck>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"]);

        var brokerConnection = builder.Configuration.GetConnectionString(BrokerConnectionName);
        if (string.IsNullOrWhiteSpace(brokerConnection))
        {
            services.AddSingleton<IBrokerTopology, InMemoryBrokerTopology>();
        }
        else
        {
            var broker = BrokerAddress.Parse(brokerConnection);
            services.AddSingleton(broker);
            services.AddSingleton<IBrokerTopology>(sp => new RabbitMqSubscriberTopology(
                broker,
                sp.GetRequiredService<IBus>(),
                sp.GetServices<EventSubscription>(),
                sp.GetServices<InboxEndpoint>(),
                sp.GetRequiredService<IOptions<MessagingOptions>>(),
                sp.GetRequiredService<ILogger<RabbitMqSubscriberTopology>>()));
        }

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configureConsumers?.Invoke(bus);
            if (string.IsNullOrWhiteSpace(brokerConnection))
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
            else
            {
                var broker = BrokerAddress.Parse(brokerConnection);
                if (builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()?.QuorumQueues ?? new MessagingOptions().QuorumQueues)
                {
                    // Every endpoint ConfigureEndpoints makes, so the consumers' queues (and their
                    // error queues, which copy the endpoint's arguments) are replicated.
                    bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                    {
                        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                        {
                            rabbit.SetQuorumQueue();
                        }
                    });
                }

                bus.UsingRabbitMq((context, cfg) =>
                {
                    var settings = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                    cfg.Host(broker.Uri, host =>
                    {
                        host.Heartbeat(settings.Heartbeat);
                        host.RequestedConnectionTimeout(settings.ConnectionTimeout);
                        // The relay stamps an event sent only once the broker has confirmed it.
                        host.PublisherConfirmation = true;
                        if (broker.IsCluster)
                        {
                            // Connects to the first node that answers, and to another when it goes away.
                            host.UseCluster(cluster =>
                            {
                                foreach (var node in broker.Nodes)
                                {
                                    cluster.Node(node.ToString());
                                }
                            });
                        }
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        // Registered after MassTransit's own hosted service, so the relay starts once the bus is
        // started and stops (finishing the row in hand) before the bus stops under it.
        services.AddHostedService<OutboxRelay>();
        return builder;
    }
}
