using System.Buffers.Binary;
using System.Text;
using Gateway.Routing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Gateway.Aggregation;

/// <summary>
/// <c>CacheOptions</c> for aggregate parts: a part of a route with a cache is answered from the
/// output cache store for the route's <c>TtlSeconds</c>, under the rules ASP.NET output caching
/// applies to direct requests (<see cref="Proxy.ResponseCachePolicy"/>): only for GET/HEAD without
/// credentials, only 200 responses that set no cookie, per downstream URL (path and query) and the
/// value of the route's <c>Header</c>. The entries are the parts' own: a direct request's entry is
/// keyed by its upstream URL, which a part does not have.
/// </summary>
internal sealed class PartCache(IOutputCacheStore store, IOptions<OutputCacheOptions> options)
{
    private const char Separator = '\u001e';

    /// <summary>The part's cache key, or null when its route has no cache or this request may not use one.</summary>
    public static string? Key(HttpContext context, GatewayRoute route, string pathAndQuery)
    {
        var request = context.Request;
        if (route.CacheTtl is null || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.Authorization.Count > 0 || context.User.Identity?.IsAuthenticated == true)
        {
            return null;
        }

        var varyBy = route.CacheHeader is { } header ? request.Headers[header].ToString() : string.Empty;
        return string.Join(Separator, "gateway-aggregate-part", route.Id, pathAndQuery, varyBy);
    }

    public async Task<PartResponse?> GetAsync(string key, string partKey, CancellationToken cancellationToken)
    {
        var entry = await store.GetAsync(key, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var typeLength = BinaryPrimitives.ReadInt32LittleEndian(entry);
        var contentType = typeLength == 0 ? null : Encoding.UTF8.GetString(entry, sizeof(int), typeLength);
        return new PartResponse(partKey, StatusCodes.Status200OK, contentType, entry[(sizeof(int) + typeLength)..], null);
    }

    public async Task StoreAsync(string key, GatewayRoute route, PartResponse response, CancellationToken cancellationToken)
    {
        if (response.Failure is not null || response.StatusCode != StatusCodes.Status200OK || response.SetsCookie
            || response.Body.Length > options.Value.MaximumBodySize)
        {
            return;
        }

        var contentType = Encoding.UTF8.GetBytes(response.ContentType ?? string.Empty);
        var entry = new byte[sizeof(int) + contentType.Length + response.Body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(entry, contentType.Length);
        contentType.CopyTo(entry, sizeof(int));
        response.Body.CopyTo(entry, sizeof(int) + contentType.Length);
        await store.SetAsync(key, entry, tags: null, route.CacheTtl!.Value, cancellationToken);
    }
}
