using Gateway.Configuration;
using Gateway.Services;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Gateway.Extensions;

internal static class RouteFileExtensions
{
    /// <summary>
    /// Adds <c>ocelot.json</c> and <c>ocelot.{Environment}.json</c> to configuration, watched by
    /// polling: inotify misses the symlink swap Kubernetes uses to update a mounted ConfigMap.
    /// Environment variables and the command line are re-added after them so they still win.
    /// </summary>
    public static WebApplicationBuilder AddRouteFile(this WebApplicationBuilder builder)
    {
        var status = new RouteFileSourceStatus();
        var routeFile = RouteFileLocator.Resolve(builder.Configuration["Gateway:RouteFile"], builder.Environment.ContentRootPath);
        status.RouteFile = routeFile;
        var configuration = builder.Configuration;
        var directory = Path.GetDirectoryName(routeFile)!;
        if (Directory.Exists(directory))
        {
            // Disposed with the configuration sources at shutdown.
            var provider = new PhysicalFileProvider(directory) { UsePollingFileWatcher = true, UseActivePolling = true };
            var overlay = RouteFileLocator.Overlay(routeFile, builder.Environment.EnvironmentName);
            configuration.Add<JsonConfigurationSource>(s => Configure(s, provider, Path.GetFileName(routeFile), status));
            configuration.Add<JsonConfigurationSource>(s => Configure(s, provider, Path.GetFileName(overlay), status));
        }

        foreach (var source in configuration.Sources.Where(s => s is EnvironmentVariablesConfigurationSource or CommandLineConfigurationSource).ToList())
        {
            configuration.Sources.Remove(source);
            configuration.Sources.Add(source);
        }

        builder.Services.AddSingleton(status);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RouteConfigStore>();
        builder.Services.AddHostedService<RouteFileStartupCheck>();
        return builder;
    }

    private static void Configure(JsonConfigurationSource source, IFileProvider provider, string file, RouteFileSourceStatus status)
    {
        source.FileProvider = provider;
        source.Path = file;
        source.Optional = true;
        source.ReloadOnChange = true;
        source.ReloadDelay = 250;
        source.OnLoadException = context =>
        {
            status.Failed(file, context.Exception);
            context.Ignore = true;
        };
    }
}
