using Cooperation.WorkingGroup;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddServiceDatabase("workinggroupdb", typeof(Program).Assembly);
builder.AddMessaging(bus => bus.AddWorkingGroupConsumers());
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddWorkingGroup();

var app = builder.Build();

app.MapGrpcServiceDefaults();
app.MapWorkingGroupGrpcServices();

app.Run();

/// <summary>Entry point, public so in-process tests can host the service.</summary>
public partial class Program;
