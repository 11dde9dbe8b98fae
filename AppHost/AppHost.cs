using Cooperation.AppHost.Database;
using Cooperation.AppHost.Messaging;
using Cooperation.AppHost.Platform;
using Cooperation.AppHost.Services;

var builder = DistributedApplication.CreateBuilder(args);
var localData = LocalData.From(builder.Configuration);

// RabbitMQ in a container where an engine answers, otherwise Debian's rabbitmq-server on its own port.
var messaging = builder.AddMessagingBroker("messaging", localData);
if (messaging is null)
{
    Console.Error.WriteLine(MessagingBrokerExtensions.NothingToRunHint);
    return 1;
}

// PostgreSQL the same way: a container, otherwise a private cluster of Debian's server binaries.
var postgres = builder.AddDatabaseServer("postgres", localData);
if (postgres is null)
{
    Console.Error.WriteLine(DatabaseServerExtensions.NothingToRunHint);
    return 1;
}

// One line per service: its project, its own database on the server, the broker.
var workingGroup = builder.AddGrpcService<Projects.Cooperation_WorkingGroup>("working-group", postgres.AddDatabase("workinggroupdb"), messaging);
builder.AddGrpcService<Projects.Cooperation_Training>("training", postgres.AddDatabase("trainingdb"), messaging);
builder.AddGrpcService<Projects.Cooperation_CapacityBuilding>("capacity-building", postgres.AddDatabase("capacitybuildingdb"), messaging);
var metrics = builder.AddGrpcService<Projects.Cooperation_Metrics>("metrics", postgres.AddDatabase("metricsdb"), messaging);

// The working group reads success measures' values from metrics for its review evidence pack (¶8).
workingGroup.WithReference(metrics);

builder.Build().Run();
return 0;
