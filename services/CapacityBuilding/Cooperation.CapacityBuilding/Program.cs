using Cooperation.CapacityBuilding;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddCooperationAuthentication();
builder.AddCooperationAuthorization();
builder.AddServiceDatabase("capacitybuildingdb", typeof(Program).Assembly);
builder.AddMessaging(bus => bus.AddCapacityBuildingConsumers());
builder.AddAudit("capacity-building");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCapacityBuilding(builder.Configuration);

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcServiceDefaults();
app.MapAuditGrpcService();
app.MapCapacityBuildingGrpcServices();

app.Run();

/// <summary>Entry point, public so in-process tests can host the service.</summary>
public partial class Program;
