using System.Text;
using NLog;
using NLog.Extensions.Logging;
using NLog.Web;

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
        UseWholeWritesToRedirectedOutput();
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

    // Console.Out writes to a redirected stdout (a container's log pipe, a file) through a 256-char
    // buffer: one write(2) per 256 characters, about two per JSON line, whatever NLog batches. A
    // writer with a 64 KB buffer that flushes after every call writes each batch in one system call
    // and keeps nothing back. Once per process; a terminal keeps the runtime's writer.
    private static int wholeWrites;

    private static void UseWholeWritesToRedirectedOutput()
    {
        if (Console.IsOutputRedirected && Interlocked.Exchange(ref wholeWrites, 1) == 0)
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = true });
        }
    }
}
