using Gateway.Discovery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Integration.Support;

/// <summary>The real gateway (its Program) on Kestrel at 127.0.0.1 with an ephemeral port.</summary>
internal sealed class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly string _routeFile;
    private readonly IServiceDiscovery? _discovery;
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;

    private GatewayFactory(string routeFile, IServiceDiscovery? discovery, Dictionary<string, string?> settings, TimeProvider? time)
    {
        _routeFile = routeFile;
        _discovery = discovery;
        _settings = settings;
        _time = time;
    }

    /// <summary>
    /// Starts a gateway; <paramref name="discovery"/> replaces the discovery the route file selects,
    /// <paramref name="time"/> the clock of its circuit breakers and rate limits.
    /// </summary>
    public static GatewayFactory Start(string routeFile, IServiceDiscovery? discovery = null, Dictionary<string, string?>? settings = null,
        TimeProvider? time = null)
    {
        var factory = new GatewayFactory(routeFile, discovery, settings ?? [], time);
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    /// <summary>The address Kestrel bound.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>A client over a real socket (not the in-memory test server).</summary>
    public HttpClient Client() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("Gateway:RouteFile", _routeFile);
        builder.UseSetting("Gateway:PassiveHealthReactivationPeriod", "00:01:00");
        // Test authorities are plain HTTP on loopback (the default one too); a test's settings win.
        builder.UseSetting("Jwt:RequireHttpsMetadata", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_discovery is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_discovery));
        }

        if (_time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_time));
        }
    }
}
