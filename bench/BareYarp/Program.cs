// The baseline for the gateway benchmark: YARP with nothing added. One catch-all route to the two
// UserService instances, every proxy setting left at YARP's defaults (load balancing policy
// PowerOfTwoChoices, pooled HTTP/1.1 connections). The route, the cluster, the listen address and the
// log level (Warning, as in production) are in appsettings.json.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();

app.MapReverseProxy();

app.Run();
