using Microsoft.Extensions.Configuration;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Outbox;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Name of the connection string that points at RabbitMQ.</summary>
    public const string BrokerConnectionName = "messaging";

    /// <summary>
    /// The outbox, the inbox's tables and MassTransit: on RabbitMQ when
    /// <c>ConnectionStrings:messaging</c> is set, otherwise on the in-memory transport.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        builder.Services.AddSingleton(new MigrationScripts(typeof(IUnitOfWork).Assembly));
        builder.Services.AddSingleton<IOutboxSignal, OutboxSignal>();
        builder.Services.AddSingleton<IUnitOfWorkFactory, UnitOfWorkFactory>();

        var brokerConnection = builder.Configuration.GetConnectionString(BrokerConnectionName);
        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            configureConsumers?.Invoke(x);
            if (string.IsNullOrWhiteSpace(brokerConnection))
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
            else
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(brokerConnection));
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }
}
