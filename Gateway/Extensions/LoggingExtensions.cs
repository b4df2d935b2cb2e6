using NLog;
using NLog.Extensions.Logging;
using NLog.Web;
using ServiceDefaults.Logging;

namespace Gateway.Extensions;

internal static class LoggingExtensions
{
    /// <summary>NLog from <c>nlog.config</c>: console text, or JSON lines when <c>Logging:Format</c> is <c>json</c>.</summary>
    public static WebApplicationBuilder AddGatewayLogging(this WebApplicationBuilder builder)
    {
        var json = string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        var configFile = Path.Combine(AppContext.BaseDirectory, "nlog.config");
        var configuration = LogManager.Setup().LoadConfigurationFromFile(configFile, optional: false).LogFactory.Configuration!;
        configuration.RemoveTarget(json ? "text" : "json");
        LogManager.Configuration = configuration;
        StandardOutput.UseWholeWritesWhenRedirected();
        builder.Logging.ClearProviders();
        // No layout renders scope properties or event ids; capturing the scope hosting opens per
        // request, or three event id properties per line, is wasted work at a line per request.
        builder.Host.UseNLog(new NLogAspNetCoreOptions
        {
            RemoveLoggerFactoryFilter = false,
            IncludeScopes = false,
            CaptureEventId = EventIdCaptureType.None,
        });
        return builder;
    }
}
