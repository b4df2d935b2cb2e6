using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using NLog;
using NLog.Web;
using ServiceDefaults.Logging;

namespace ServiceDefaults.Extensions;

/// <summary>Routes all logging through NLog, configured by the service's own <c>nlog.config</c>.</summary>
public static class LoggingExtensions
{
    private const string FormatKey = "Logging:Format";
    private static readonly string[] Formats = ["text", "json"];

    public static WebApplicationBuilder AddNLogLogging(this WebApplicationBuilder builder)
    {
        var format = builder.Configuration.GetValue<string>(FormatKey) ?? "text";
        if (!Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{FormatKey} must be 'text' or 'json', not '{format}'.");
        }

        var configFile = Path.Combine(AppContext.BaseDirectory, "nlog.config");
        if (File.Exists(configFile))
        {
            var config = LogManager.Setup().LoadConfigurationFromFile(configFile).LogFactory.Configuration!;
            KeepOnlyTarget(config, format.ToLowerInvariant());
            LogManager.Configuration = config;
        }

        StandardOutput.UseWholeWritesWhenRedirected();
        builder.Logging.ClearProviders();
        builder.Host.UseNLog();
        return builder;
    }

    // nlog.config declares a "text" and a "json" console target, every rule writing to both; the
    // configured format keeps one, so a container never gets half-readable output.
    private static void KeepOnlyTarget(NLog.Config.LoggingConfiguration config, string format)
    {
        foreach (var rule in config.LoggingRules)
        {
            foreach (var target in rule.Targets.Where(t => Formats.Contains(t.Name) && t.Name != format).ToList())
            {
                rule.Targets.Remove(target);
            }
        }
    }
}
