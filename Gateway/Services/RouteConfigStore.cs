using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Configuration;
using Gateway.Logging;
using Gateway.Routing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;

namespace Gateway.Services;

/// <summary>
/// Holds the current <see cref="RouteTable"/>. Loads the route file at construction; on every
/// configuration reload a valid file replaces the table atomically, an invalid one is logged and
/// the last good table stays in force.
/// </summary>
internal sealed class RouteConfigStore : IDisposable
{
    // A bound double may be NaN or Infinity ("Wait": "NaN"): the snapshot must not throw before the validator's errors are reported.
    private static readonly JsonSerializerOptions SnapshotOptions = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
    private readonly IConfiguration _configuration;
    private readonly RouteFileSourceStatus _status;
    private readonly TimeProvider _time;
    private readonly ILogger<RouteConfigStore> _logger;
    private readonly IReadOnlySet<string> _schemes;
    private readonly Lock _lock = new();
    private readonly IDisposable _subscription;
    private CancellationTokenSource _changed = new();
    private RouteTable _current = RouteTable.Empty;
    private string _currentText = string.Empty;
    private int _rejectedReloads;

    public RouteConfigStore(IConfiguration configuration, RouteFileSourceStatus status, IAuthenticationSchemeProvider schemes,
        TimeProvider time, ILogger<RouteConfigStore> logger)
    {
        _configuration = configuration;
        _status = status;
        _time = time;
        _logger = logger;
        _schemes = schemes.GetAllSchemesAsync().GetAwaiter().GetResult().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        StartupErrors = Load(startup: true);
        _subscription = ChangeToken.OnChange(configuration.GetReloadToken, () => Load(startup: false));
    }

    /// <summary>The errors that made the first load fail; empty when the gateway may start.</summary>
    public IReadOnlyList<string> StartupErrors { get; }

    public RouteTable Current => Volatile.Read(ref _current);

    /// <summary>How many route file changes were rejected as invalid since start.</summary>
    public int RejectedReloads => Volatile.Read(ref _rejectedReloads);

    /// <summary>True once a valid route file is in force.</summary>
    public bool IsLoaded => Current.Generation > 0;

    /// <summary>Fires when a new table replaced the current one.</summary>
    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    // The token source is not disposed: consumers may still read the token during a racing shutdown.
    public void Dispose() => _subscription.Dispose();

    private List<string> Load(bool startup)
    {
        lock (_lock)
        {
            try
            {
                return LoadLocked(startup);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The validators should catch every bad value; if one slips through, startup must still
                // list it and exit 1 (no stack trace), and a reload must still log it and keep the last good table.
                return Reject([$"{_status.RouteFile}: the route file could not be loaded ({e.GetType().Name}: {e.Message})"], startup);
            }
        }
    }

    private List<string> LoadLocked(bool startup)
    {
        var sourceError = _status.Error;
        _status.Loaded();
        var result = RouteFileLoader.Load(_configuration, _schemes);
        var errors = result.Errors.ToList();
        if (sourceError is not null)
        {
            errors.Insert(0, sourceError);
        }

        if (!System.IO.File.Exists(_status.RouteFile))
        {
            errors.Insert(0, $"{_status.RouteFile}: the route file does not exist.");
        }

        var text = JsonSerializer.Serialize(result.File, SnapshotOptions);
        if (text != _currentText)
        {
            foreach (var key in result.UnknownKeys)
            {
                GatewayLog.UnknownRouteFileKey(_logger, key);
            }
        }

        if (errors.Count > 0)
        {
            return Reject(errors, startup);
        }

        if (text == _currentText)
        {
            return [];
        }

        Swap(RouteTableBuilder.Build(result.File, Current.Generation + 1, _time), text);
        return [];
    }

    private List<string> Reject(List<string> errors, bool startup)
    {
        _rejectedReloads += startup ? 0 : 1;
        Report(errors, startup);
        return errors;
    }

    private void Swap(RouteTable table, string text)
    {
        Volatile.Write(ref _current, table);
        _currentText = text;
        var previous = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        GatewayLog.RoutesLoaded(_logger, table.Generation, table.Routes.Count, table.Clusters.Count);
        // Not disposed: a consumer may still register on the token it read before the swap.
        previous.Cancel();
    }

    private void Report(List<string> errors, bool startup)
    {
        foreach (var error in errors)
        {
            if (startup)
            {
                GatewayLog.RouteFileInvalidAtStartup(_logger, error);
            }
            else
            {
                GatewayLog.RouteFileReloadRejected(_logger, error);
            }
        }
    }
}
