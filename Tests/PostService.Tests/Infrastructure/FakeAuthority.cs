using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace PostService.Tests.Infrastructure;

/// <summary>A minimal OpenID provider on 127.0.0.1: the discovery document and a JWKS with one RSA key.</summary>
internal sealed class FakeAuthority : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _jwksRequests;

    private FakeAuthority(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public int JwksRequests => _jwksRequests;

    public static async Task<FakeAuthority> StartAsync(RsaSecurityKey publicKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var authority = new FakeAuthority(app);
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(publicKey);

        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = TestTokens.Issuer,
            ["jwks_uri"] = $"{authority.BaseUrl}/.well-known/jwks.json",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/.well-known/jwks.json", () =>
        {
            Interlocked.Increment(ref authority._jwksRequests);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });

        await app.StartAsync();
        return authority;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
