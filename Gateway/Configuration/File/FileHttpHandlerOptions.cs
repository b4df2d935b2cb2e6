namespace Gateway.Configuration.File;

/// <summary>Downstream HTTP client settings. Only the connection cap is applied; the rest are accepted.</summary>
public sealed class FileHttpHandlerOptions
{
    public int? MaxConnectionsPerServer { get; set; }

    public bool? AllowAutoRedirect { get; set; }

    public bool? UseCookieContainer { get; set; }

    public bool? UseTracing { get; set; }

    public bool? UseProxy { get; set; }

    public int? PooledConnectionLifetimeSeconds { get; set; }
}
