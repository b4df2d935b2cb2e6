using System.Buffers.Text;
using Microsoft.Net.Http.Headers;

namespace UserService.Services;

/// <summary>Strong ETags derived from a row's version, and the If-Match / If-None-Match checks.</summary>
internal static class EntityTags
{
    public static string From(Guid version) => $"\"{Base64Url.EncodeToString(version.ToByteArray())}\"";

    /// <summary>True when any tag of the header is <c>*</c> or equals <paramref name="etag"/> (weak comparison).</summary>
    public static bool Matches(string? header, string etag)
    {
        if (string.IsNullOrWhiteSpace(header) || !EntityTagHeaderValue.TryParseList([header], out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
