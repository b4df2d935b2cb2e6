using ServiceDefaults.Http;

namespace UserService.Services;

/// <summary>A representation together with the version of the row it came from.</summary>
public sealed record Versioned<T>(T Value, Guid Version)
{
    /// <summary>The strong ETag of <see cref="Version"/>.</summary>
    public string ETag => EntityTags.Format(Version);
}
