using Gateway.Configuration.File;

namespace Gateway.Configuration;

/// <summary>A bound route file with its errors (it is usable only when there are none) and unknown keys.</summary>
internal sealed record RouteFileLoadResult(FileConfiguration File, IReadOnlyList<string> Errors, IReadOnlyList<string> UnknownKeys)
{
    public bool IsValid => Errors.Count == 0;
}
