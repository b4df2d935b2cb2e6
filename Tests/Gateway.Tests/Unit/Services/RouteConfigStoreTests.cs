using Gateway.Configuration;
using Gateway.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Unit.Services;

public sealed class RouteConfigStoreTests
{
    private const string Valid = """{ "Routes": [ { "UpstreamPathTemplate": "/a", "DownstreamPathTemplate": "/a", "DownstreamHostAndPorts": [ { "Host": "h", "Port": 80 } ] } ] }""";
    private const string Overflowing = """{ "Routes": [ { "UpstreamPathTemplate": "/a", "DownstreamPathTemplate": "/a", "DownstreamHostAndPorts": [ { "Host": "h", "Port": 80 } ], "RateLimitOptions": { "Limit": 1, "Period": "99999999999999999999d" } } ] }""";

    [Test]
    public void Constructor_PeriodOverflowingATimeSpan_ListsTheKeyPathAsAStartupError()
    {
        using var file = new TempRouteFile(Overflowing);
        var logger = new ListLogger();

        using var store = file.CreateStore(logger);

        Assert.That(store.StartupErrors, Has.Some.StartsWith("Routes[0].RateLimitOptions.Period:"));
        Assert.That(store.IsLoaded, Is.False);
        Assert.That(logger.Messages, Has.Some.Contains("Routes[0].RateLimitOptions.Period"));
    }

    [Test]
    public void Reload_PeriodOverflowingATimeSpan_IsLoggedAndTheLastGoodTableStays()
    {
        using var file = new TempRouteFile(Valid);
        var logger = new ListLogger();
        using var store = file.CreateStore(logger);
        var loaded = store.Current;

        file.Rewrite(Overflowing);

        Assert.That(store.RejectedReloads, Is.Positive);
        Assert.That(store.Current, Is.SameAs(loaded));
        Assert.That(logger.Messages, Has.Some.Contains("rejected").And.Contains("Routes[0].RateLimitOptions.Period"));
    }

    private sealed class TempRouteFile : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("gateway-store-").FullName;
        private IConfigurationRoot? _configuration;

        public TempRouteFile(string json) => File.WriteAllText(PathName, json);

        private string PathName => Path.Combine(_directory, "ocelot.json");

        public RouteConfigStore CreateStore(ListLogger logger)
        {
            _configuration = new ConfigurationBuilder().AddJsonFile(PathName, optional: false, reloadOnChange: false).Build();
            var schemes = new AuthenticationSchemeProvider(Options.Create(new AuthenticationOptions()));
            return new RouteConfigStore(_configuration, new RouteFileSourceStatus { RouteFile = PathName }, schemes, TimeProvider.System, logger);
        }

        /// <summary>Rewrites the file and reloads configuration, which runs the store's reload synchronously (once per raised token).</summary>
        public void Rewrite(string json)
        {
            File.WriteAllText(PathName, json);
            _configuration!.Reload();
        }

        public void Dispose()
        {
            (_configuration as IDisposable)?.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private sealed class ListLogger : ILogger<RouteConfigStore>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
