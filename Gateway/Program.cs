using Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddGatewayLogging();
builder.AddRouteFile();
builder.AddServiceDiscovery();
builder.AddGatewayAuthentication();
builder.AddGatewayProxy();
builder.AddGatewayHealth();
builder.AddAggregatedSwagger();

var app = builder.Build();

app.UseRouting();
app.UseCorrelationId();
app.UseAggregatedSwaggerUi();
app.UseGatewayRequestPipeline();

app.MapGatewayHealth();
app.MapAggregatedSwagger();
app.MapGatewayProxy();

return await app.RunGatewayAsync();

/// <summary>The gateway's entry point; public so tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
