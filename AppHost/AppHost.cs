using Cooperation.AppHost.Messaging;
using Cooperation.AppHost.Services;

var builder = DistributedApplication.CreateBuilder(args);

// RabbitMQ in a container where an engine answers, otherwise Debian's rabbitmq-server on its own port.
var messaging = builder.AddMessagingBroker("messaging");
if (messaging is null)
{
    Console.Error.WriteLine(MessagingBrokerExtensions.NothingToRunHint);
    return 1;
}

builder.AddGrpcService<Projects.Cooperation_WorkingGroup>("working-group", "workinggroupdb", messaging);

builder.Build().Run();
return 0;
