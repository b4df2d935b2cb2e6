using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Gateway.Routing;

/// <summary>
/// W3C trace context for downstream requests: the request's own activity (started by ASP.NET Core
/// hosting, a child of the caller's <c>traceparent</c> when there is one) becomes the downstream
/// parent. HttpClient's own propagation is switched off for the gateway
/// (<c>System.Net.Http.EnableActivityPropagation</c> in Gateway.csproj): it would start a second
/// activity per proxied request only to carry the same trace id, which cost about 8% of the
/// gateway's CPU per request (README, Performance).
/// </summary>
internal static class TraceContext
{
    private static readonly DistributedContextPropagator Propagator = DistributedContextPropagator.Current;

    /// <summary>Replaces whatever trace headers were copied from the caller with the current activity's.</summary>
    public static void Inject(HttpRequestMessage request)
    {
        if (Activity.Current is not { } activity)
        {
            return;
        }

        Propagator.Inject(activity, request.Headers, static (carrier, name, value) =>
        {
            var headers = (HttpRequestHeaders)carrier!;
            headers.Remove(name);
            headers.TryAddWithoutValidation(name, value);
        });
    }
}
