using Microsoft.AspNetCore.OutputCaching;

namespace Gateway.Proxy;

/// <summary>
/// <c>CacheOptions</c>: successful GET responses are cached per upstream URL (path and query, so per
/// downstream URL) for <c>TtlSeconds</c>, optionally varied by one request header. ASP.NET output
/// caching never serves a cached answer to a request carrying credentials.
/// </summary>
internal static class ResponseCachePolicy
{
    public static void Configure(OutputCachePolicyBuilder policy, TimeSpan ttl, string? header)
    {
        policy.Expire(ttl).SetVaryByQuery("*");
        if (header is not null)
        {
            policy.SetVaryByHeader(header);
        }
    }
}
