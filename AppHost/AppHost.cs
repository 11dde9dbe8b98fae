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

// One line per service: its project, its HTTP/1.1 web port (its h2c gRPC port is in its launch
// profile), its own database on the server, the broker.
var workingGroup = builder.AddGrpcService<Projects.Cooperation_WorkingGroup>("working-group", 5211, postgres.AddDatabase("workinggroupdb"), messaging);
builder.AddGrpcService<Projects.Cooperation_Training>("training", 5212, postgres.AddDatabase("trainingdb"), messaging);
builder.AddGrpcService<Projects.Cooperation_CapacityBuilding>("capacity-building", 5213, postgres.AddDatabase("capacitybuildingdb"), messaging);
var metrics = builder.AddGrpcService<Projects.Cooperation_Metrics>("metrics", 5214, postgres.AddDatabase("metricsdb"), messaging);

// The page people watch: it calls the metrics and working-group services over gRPC-Web.
builder.AddProgrammeDashboard("dashboard", metrics, workingGroup);

builder.Build().Run();
return 0;
