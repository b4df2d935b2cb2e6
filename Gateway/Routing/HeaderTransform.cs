namespace Gateway.Routing;

/// <summary>
/// <c>UpstreamHeaderTransform</c> / <c>DownstreamHeaderTransform</c>: <c>"X": "value"</c> sets the
/// header, <c>"X": "find, replace"</c> replaces text in its current value. Values may use
/// <c>{BaseUrl}</c>, <c>{RemoteIpAddress}</c> and <c>{DownstreamBaseUrl}</c>.
/// </summary>
internal sealed record HeaderTransform(string Header, string? Find, string Value)
{
    public static HeaderTransform Parse(string header, string expression)
    {
        var comma = expression.IndexOf(',', StringComparison.Ordinal);
        return comma < 0
            ? new HeaderTransform(header, null, expression.Trim())
            : new HeaderTransform(header, expression[..comma].Trim(), expression[(comma + 1)..].Trim());
    }

    public bool HasPlaceholders => Value.Contains('{', StringComparison.Ordinal) || (Find?.Contains('{', StringComparison.Ordinal) ?? false);

    /// <summary>The new header value given the current one (null when absent).</summary>
    public string Apply(string? current, Func<string, string> expand)
    {
        var value = HasPlaceholders ? expand(Value) : Value;
        if (Find is null)
        {
            return value;
        }

        var find = HasPlaceholders ? expand(Find) : Find;
        return current is null || find.Length == 0 ? current ?? string.Empty : current.Replace(find, value, StringComparison.Ordinal);
    }
}
