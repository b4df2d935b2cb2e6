using System.Text.RegularExpressions;

namespace Gateway.Routing;

/// <summary>
/// A request's placeholder values, ready to fill downstream templates. <see cref="Decoded"/> is the
/// match over the path routing saw; <see cref="Encoded"/>, when set, is the same match over the path
/// as the client sent it (see <see cref="EncodedPath"/>).
/// </summary>
internal readonly record struct PlaceholderValues(Match Decoded, Match? Encoded)
{
    /// <summary>
    /// The downstream path in URI form. Values keep the client's escapes when they are known;
    /// otherwise the decoded path is escaped again, keeping the <c>%2F</c> Kestrel left encoded.
    /// </summary>
    public string BuildUriPath(DownstreamTemplate template) => Encoded is { } encoded
        ? template.BuildPath(encoded)
        : new PathString(template.BuildPath(Decoded)).ToUriComponent();
}
