using System.Text;
using Gateway.Configuration;
using Microsoft.Extensions.Configuration;

namespace Gateway.Tests.Unit.Configuration;

/// <summary>Loads route file JSON through the same configuration machinery the gateway uses.</summary>
internal static class RouteFileConfig
{
    public static readonly IReadOnlySet<string> Schemes = new HashSet<string> { "Bearer" };

    public static IConfigurationRoot From(string json, Action<IConfigurationBuilder>? more = null)
    {
        var builder = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        more?.Invoke(builder);
        return builder.Build();
    }

    public static RouteFileLoadResult Load(string json, Action<IConfigurationBuilder>? more = null) => RouteFileLoader.Load(From(json, more), Schemes);

    /// <summary>A minimal valid route, to be merged with the keys under test.</summary>
    public const string Hosts = "\"DownstreamHostAndPorts\": [ { \"Host\": \"h\", \"Port\": 80 } ]";
}
