using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ServiceDefaults.Http;

/// <summary>
/// Strong ETags made from a row's version (a GUID), and the conditional request headers that carry
/// them, compared as RFC 9110 §13.1 requires: <c>If-Match</c> strongly (a weak tag never matches),
/// <c>If-None-Match</c> weakly.
/// </summary>
public static class EntityTags
{
    public static string Format(Guid version) => $"\"{version:N}\"";

    /// <summary>
    /// The versions an <c>If-Match</c> accepts: null when the header is absent or <c>*</c> (any
    /// version); an empty list when nothing can match (weak or unreadable tags, which If-Match never matches).
    /// </summary>
    public static IReadOnlyCollection<Guid>? ParseIfMatch(StringValues header)
    {
        if (StringValues.IsNullOrEmpty(header))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return [];
        }

        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        return [.. tags.Where(tag => !tag.IsWeak).Select(ToVersion).OfType<Guid>()];
    }

    /// <summary>True when the <c>If-Match</c> precondition holds for <paramref name="version"/> (absent, <c>*</c>, or a strong match).</summary>
    public static bool IfMatchHolds(StringValues header, Guid version) =>
        ParseIfMatch(header) is not { } versions || versions.Contains(version);

    /// <summary>True when <c>If-None-Match</c> names the current version (weak comparison, per RFC 9110).</summary>
    public static bool IfNoneMatchMatches(StringValues header, Guid version)
    {
        if (StringValues.IsNullOrEmpty(header) || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || ToVersion(tag) == version);
    }

    private static Guid? ToVersion(EntityTagHeaderValue tag) =>
        Guid.TryParseExact(tag.Tag.AsSpan().Trim('"'), "N", out var version) ? version : null;
}
