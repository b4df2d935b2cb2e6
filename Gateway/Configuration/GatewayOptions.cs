namespace Gateway.Configuration;

/// <summary>The gateway's own settings (section <c>Gateway</c>); routes live in the route file.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Path of the route file; empty = <c>ocelot.json</c> in the content root, else next to the executable.</summary>
    public string RouteFile { get; set; } = string.Empty;

    /// <summary>How long an instance that refused a connection or timed out stays out of rotation.</summary>
    public TimeSpan PassiveHealthReactivationPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request body accepted (bytes); larger ones get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>How long a downstream OpenAPI document is reused by the aggregated Swagger UI.</summary>
    public TimeSpan SwaggerCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
