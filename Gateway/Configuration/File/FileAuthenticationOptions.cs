namespace Gateway.Configuration.File;

/// <summary>Who may call a route.</summary>
public sealed class FileAuthenticationOptions
{
    /// <summary>Legacy single scheme; wins over <see cref="AuthenticationProviderKeys"/>.</summary>
    public string? AuthenticationProviderKey { get; set; }

    public List<string> AuthenticationProviderKeys { get; set; } = [];

    /// <summary>The caller needs one of these in its space-separated <c>scope</c> claim.</summary>
    public List<string> AllowedScopes { get; set; } = [];

    public bool? AllowAnonymous { get; set; }

    /// <summary>Limits a global section to the routes with these keys; empty = all routes.</summary>
    public List<string> RouteKeys { get; set; } = [];
}
