using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace Gateway.Routing;

/// <summary>
/// Placeholder values spelled as the client sent them. Kestrel decodes the path except <c>%2F</c>,
/// so <c>a%2Fb</c> and <c>a%252Fb</c> both reach routing as <c>a%2Fb</c>, and YARP escapes a
/// path's <c>%</c> again (<c>a%252Fb</c> downstream for both). A path with an escape therefore takes
/// its values from the request target instead, checked against the decoded match so that the
/// downstream service gets exactly the values routing matched.
/// </summary>
internal static class EncodedPath
{
    /// <summary>
    /// The path part of the request target when it holds a <c>%</c>; null otherwise, which is the
    /// common case: one scan of the target, no allocation.
    /// </summary>
    public static string? Find(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/' || context.Request.PathBase.HasValue)
        {
            return null;
        }

        var stop = target.AsSpan().IndexOfAny('%', '?');
        if (stop < 0 || target[stop] == '?')
        {
            return null;
        }

        var queryStart = target.IndexOf('?', stop);
        return queryStart < 0 ? target : target[..queryStart];
    }

    /// <summary>The route's placeholder values; <paramref name="encodedPath"/> is what <see cref="Find"/> returned.</summary>
    public static PlaceholderValues Capture(GatewayRoute route, HttpRequest request, string? encodedPath)
    {
        var decoded = route.Capture(request);

        // A template with a query matches the raw query already; such templates keep the decoded values.
        if (encodedPath is null || route.Upstream.HasQuery)
        {
            return new PlaceholderValues(decoded, null);
        }

        var encoded = route.Upstream.Regex.Match(encodedPath);
        return encoded.Success && SameValues(encoded, decoded)
            ? new PlaceholderValues(decoded, encoded)
            : new PlaceholderValues(decoded, null);
    }

    /// <summary>
    /// Each encoded value decodes to the value routing matched. Not so when the client escaped a
    /// literal character of the template or Kestrel removed dot segments: the decoded values are used.
    /// </summary>
    private static bool SameValues(Match encoded, Match decoded)
    {
        for (var i = 1; i < decoded.Groups.Count; i++)
        {
            var value = encoded.Groups[i];
            var expected = decoded.Groups[i];
            if (value.Success != expected.Success
                || value.Success && !string.Equals(DecodeLikeKestrel(value.Value), expected.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every escape decoded (UTF-8) except <c>%2F</c>, which Kestrel keeps so that it cannot become a separator.</summary>
    private static string DecodeLikeKestrel(string value)
    {
        var builder = new StringBuilder(value.Length);
        var start = 0;
        for (var slash = IndexOfEncodedSlash(value, 0); slash >= 0; slash = IndexOfEncodedSlash(value, start))
        {
            builder.Append(Uri.UnescapeDataString(value[start..slash])).Append(value, slash, 3);
            start = slash + 3;
        }

        return builder.Append(Uri.UnescapeDataString(value[start..])).ToString();
    }

    private static int IndexOfEncodedSlash(string value, int start) => value.IndexOf("%2F", start, StringComparison.OrdinalIgnoreCase);
}
