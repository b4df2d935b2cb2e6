namespace Gateway.Routing;

/// <summary>
/// <c>AddHeadersToRequest</c>: <c>"X-User": "Claims[sub] > value"</c>, optionally
/// <c>"Claims[x] > value[1] > |"</c> to take one part of a delimited claim value.
/// </summary>
internal sealed record ClaimHeader(string Header, string ClaimType, int? Index, string? Delimiter)
{
    public static ClaimHeader? Parse(string header, string expression)
    {
        var parts = expression.Split('>', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("Claims[", StringComparison.OrdinalIgnoreCase) || !parts[0].EndsWith(']'))
        {
            return null;
        }

        var claimType = parts[0][7..^1].Trim();
        if (claimType.Length == 0)
        {
            return null;
        }

        if (parts[1].Equals("value", StringComparison.OrdinalIgnoreCase) && parts.Length == 2)
        {
            return new ClaimHeader(header, claimType, null, null);
        }

        var indexed = parts[1];
        if (parts.Length == 3 && indexed.StartsWith("value[", StringComparison.OrdinalIgnoreCase) && indexed.EndsWith(']')
            && int.TryParse(indexed[6..^1], out var index) && index >= 0 && parts[2].Length > 0)
        {
            return new ClaimHeader(header, claimType, index, parts[2]);
        }

        return null;
    }

    /// <summary>The header value from the user's claim, or null when the claim is missing.</summary>
    public string? Resolve(System.Security.Claims.ClaimsPrincipal user)
    {
        var value = user.FindFirst(ClaimType)?.Value;
        if (value is null || Index is null)
        {
            return value;
        }

        var pieces = value.Split(Delimiter!);
        return Index.Value < pieces.Length ? pieces[Index.Value] : null;
    }
}
