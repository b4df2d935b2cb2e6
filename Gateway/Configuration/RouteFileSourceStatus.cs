namespace Gateway.Configuration;

/// <summary>
/// Load failures of the route file's JSON sources. A malformed file would otherwise look like an
/// empty one (the JSON provider clears its data on a failed reload), and an empty file is valid.
/// </summary>
internal sealed class RouteFileSourceStatus
{
    private volatile string? _error;

    public string RouteFile { get; set; } = string.Empty;

    public string? Error => _error;

    public void Failed(string file, Exception exception) => _error = $"{file}: {exception.Message}";

    public void Loaded() => _error = null;
}
