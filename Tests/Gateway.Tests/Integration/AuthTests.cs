using System.Net;
using System.Net.Http.Headers;
using Gateway.Tests.Integration.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Tests.Integration;

public sealed class AuthTests
{
    private TestBackend _backend = null!;
    private RouteFile _file = null!;
    private GatewayFactory _gateway = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _backend = await TestBackend.StartAsync("auth");
        var bearer = new { AuthenticationProviderKeys = new[] { "Bearer" } };
        _file = new RouteFile(Routes.File([
            Routes.ByHost("/open/{x}", "/open/{x}", _backend),
            Routes.ByHost("/secure/{x}", "/secure/{x}", _backend).With("AuthenticationOptions", bearer),
            Routes.ByHost("/admin/{x}", "/admin/{x}", _backend).With("AuthenticationOptions", bearer)
                .With("RouteClaimsRequirement", new Dictionary<string, string> { ["role"] = "admin" }),
            Routes.ByHost("/scoped/{x}", "/scoped/{x}", _backend)
                .With("AuthenticationOptions", new { AuthenticationProviderKey = "Bearer", AllowedScopes = new[] { "posts.write" } }),
            Routes.ByHost("/claims/{x}", "/claims/{x}", _backend).With("AuthenticationOptions", bearer)
                .With("AddHeadersToRequest", new Dictionary<string, string> { ["X-User-Id"] = "Claims[sub] > value" }),
        ]));
        _gateway = GatewayFactory.Start(_file.Path, settings: TestTokens.Settings);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _gateway.DisposeAsync();
        _file.Dispose();
        await _backend.DisposeAsync();
    }

    [Test]
    public async Task Get_AnonymousRouteWithGarbageToken_PassesWithoutAuthenticating()
    {
        using var client = Client("not-a-token");

        using var response = await client.GetAsync("/open/1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_SecureRouteWithoutToken_Answers401Problem()
    {
        using var client = Client(null);

        using var response = await client.GetAsync("/secure/1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(401));
    }

    [TestCase("wrong-issuer", TestName = "Token from another issuer is rejected")]
    [TestCase("wrong-audience", TestName = "Token for another audience is rejected")]
    [TestCase("expired", TestName = "Token expired beyond the skew is rejected")]
    [TestCase("hs256", TestName = "Token signed with an untrusted HMAC key is rejected")]
    [TestCase("rs512", TestName = "Token signed by the trusted key but not RS256 is rejected")]
    public async Task Get_SecureRouteWithInvalidToken_Answers401(string flaw)
    {
        var token = flaw switch
        {
            "wrong-issuer" => TestTokens.Create(issuer: "someone-else"),
            "wrong-audience" => TestTokens.Create(audience: "another-api"),
            "expired" => TestTokens.Create(lifetime: TimeSpan.FromMinutes(-3)),
            "rs512" => TestTokens.Create(algorithm: SecurityAlgorithms.RsaSha512),
            _ => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = "microservices-userservice",
                Audience = "microservices",
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256),
            }),
        };
        using var client = Client(token);

        using var response = await client.GetAsync("/secure/1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Get_SecureRouteWithValidToken_ForwardsTheTokenUnchanged()
    {
        var token = TestTokens.Create();
        using var client = Client(token);

        var echo = await (await client.GetAsync("/secure/1")).EchoAsync();

        Assert.That(echo.Headers["Authorization"], Is.EqualTo($"Bearer {token}"));
    }

    [Test]
    public async Task Get_ClaimRequirementNotMet_Answers403Problem()
    {
        using var client = Client(TestTokens.Create(new Dictionary<string, object> { ["role"] = "user" }));

        using var response = await client.GetAsync("/admin/1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(403));
    }

    [Test]
    public async Task Get_ClaimRequirementMet_IsProxied()
    {
        using var client = Client(TestTokens.Create(new Dictionary<string, object> { ["role"] = "admin" }));

        using var response = await client.GetAsync("/admin/1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("posts.read", HttpStatusCode.Forbidden)]
    [TestCase("posts.read posts.write", HttpStatusCode.OK)]
    public async Task Get_AllowedScopes_NeedOneOfThem(string scopes, HttpStatusCode expected)
    {
        using var client = Client(TestTokens.Create(new Dictionary<string, object> { ["scope"] = scopes }));

        using var response = await client.GetAsync("/scoped/1");

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Get_AddHeadersToRequest_SendsTheClaimAsHeader()
    {
        using var client = Client(TestTokens.Create());

        var echo = await (await client.GetAsync("/claims/1")).EchoAsync();

        Assert.That(echo.Headers["X-User-Id"], Is.EqualTo("user-1"));
    }

    private HttpClient Client(string? token)
    {
        var client = _gateway.Client();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
