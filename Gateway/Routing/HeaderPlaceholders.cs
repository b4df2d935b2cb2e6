namespace Gateway.Routing;

/// <summary>Expands <c>{BaseUrl}</c>, <c>{RemoteIpAddress}</c>, <c>{DownstreamBaseUrl}</c> and <c>{UpstreamHost}</c>.</summary>
internal static class HeaderPlaceholders
{
    public static string Expand(string value, HttpContext context, string? baseUrl, string? downstreamBaseUrl)
    {
        var request = context.Request;
        return value
            .Replace("{BaseUrl}", baseUrl ?? $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            .Replace("{RemoteIpAddress}", context.Connection.RemoteIpAddress?.ToString() ?? string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("{DownstreamBaseUrl}", downstreamBaseUrl?.TrimEnd('/') ?? string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("{UpstreamHost}", request.Host.Value ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }
}
