using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceDefaults.Auth;
using ServiceDefaults.Options;
using Shared.Contracts.Auth;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class AuthControllerTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string Issuer = "microservices-userservice";
    private const string Audience = "microservices";

    [Test]
    public async Task Token_RightPassword_Returns200BearerToken()
    {
        var (user, _) = await Client.Register();

        using var response = await Client.PostAsJsonAsync("/api/auth/token", new TokenRequest(user.UserName, UserApi.Password));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        Assert.That(token!.TokenType, Is.EqualTo("Bearer"));
        Assert.That(token.ExpiresIn, Is.EqualTo(15 * 60));
        Assert.That(new JsonWebToken(token.AccessToken).Subject, Is.EqualTo(user.Id.ToString()));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task Token_EmailInOtherCase_Returns200()
    {
        var (user, _) = await Client.Register();

        var token = await Client.Token(user.Email.ToUpperInvariant());

        Assert.That(new JsonWebToken(token).Subject, Is.EqualTo(user.Id.ToString()));
    }

    [Test]
    public async Task Token_WrongPasswordAndUnknownUser_ReturnIdentical401()
    {
        var (user, _) = await Client.Register();

        using var wrongPassword = await Client.PostAsJsonAsync("/api/auth/token", new TokenRequest(user.UserName, "wrong password"));
        using var unknownUser = await Client.PostAsJsonAsync("/api/auth/token", new TokenRequest("nobody-here", UserApi.Password));

        var first = await ProblemAssert.IsProblem(wrongPassword, HttpStatusCode.Unauthorized);
        var second = await ProblemAssert.IsProblem(unknownUser, HttpStatusCode.Unauthorized);
        Assert.That(WithoutTraceId(first), Is.EqualTo(WithoutTraceId(second)));
    }

    [Test]
    public async Task Token_EmptyFields_Returns400()
    {
        using var response = await Client.PostAsJsonAsync("/api/auth/token", new TokenRequest("", ""));

        await ProblemAssert.IsValidationProblem(response, "userName", "password");
    }

    [Test]
    public async Task Token_ValidatesAgainstPublishedJwks()
    {
        var (user, _) = await Client.Register();
        var token = await Client.Token(user.UserName);

        var jwks = new JsonWebKeySet(await Client.GetStringAsync("/.well-known/jwks.json"));
        var key = jwks.Keys.Single();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, TokenValidation.Create(Issuer, Audience, key));

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.That(jwt.Alg, Is.EqualTo("RS256"));
        Assert.That(jwt.Kid, Is.EqualTo(key.Kid));
        Assert.That(jwt.GetClaim("name").Value, Is.EqualTo(user.UserName));
        Assert.That(jwt.Id, Is.Not.Empty);
        Assert.That(key.HasPrivateKey, Is.False);
        Assert.That(key.D, Is.Null);
    }

    [Test]
    public async Task Jwks_PublishesOnlyPublicRsaMembers()
    {
        var json = JsonDocument.Parse(await Client.GetStringAsync("/.well-known/jwks.json")).RootElement;

        var key = json.GetProperty("keys").EnumerateArray().Single();

        Assert.That(key.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "kty", "use", "alg", "kid", "n", "e" }));
        Assert.That(key.GetProperty("use").GetString(), Is.EqualTo("sig"));
        Assert.That(key.GetProperty("alg").GetString(), Is.EqualTo("RS256"));
    }

    [Test]
    public async Task OpenIdConfiguration_PointsToJwksOnTheCallersHost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://userservice:8080/.well-known/openid-configuration");

        using var response = await Client.SendAsync(request);

        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(document.GetProperty("issuer").GetString(), Is.EqualTo(Issuer));
        Assert.That(document.GetProperty("jwks_uri").GetString(), Is.EqualTo("http://userservice:8080/.well-known/jwks.json"));
        Assert.That(document.GetProperty("id_token_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()),
            Is.EqualTo(new[] { "RS256" }));
    }

    [Test]
    public async Task OpenIdConfiguration_ThroughTheGateway_PointsToTheGatewaysHost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://10.1.2.3:8080/.well-known/openid-configuration");
        request.Headers.Add("X-Forwarded-Host", "api.example.com");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await Client.SendAsync(request);

        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(document.GetProperty("jwks_uri").GetString(), Is.EqualTo("https://api.example.com/.well-known/jwks.json"));
    }

    [Test]
    public async Task Me_TokenSignedByAnotherKey_Returns401()
    {
        var (user, _) = await Client.Register();
        using var otherKey = RSA.Create(2048);

        var token = Sign(user.Id, new RsaSecurityKey(otherKey) { KeyId = "other" }, DateTime.UtcNow.AddMinutes(10));

        await AssertMeRejects(token);
    }

    [Test]
    public async Task Me_TokenSignedByServiceKeyWithRs512_Returns401()
    {
        var (user, _) = await Client.Register();
        var key = Factory.Services.GetRequiredService<ISigningKeyProvider>().SigningKey;

        // The trusted key, so only the RS256-only rule can reject it.
        var token = Sign(user.Id, key, DateTime.UtcNow.AddMinutes(10), SecurityAlgorithms.RsaSha512);

        await AssertMeRejects(token);
    }

    [Test]
    public async Task Me_ExpiredToken_Returns401()
    {
        var (user, _) = await Client.Register();
        var key = Factory.Services.GetRequiredService<ISigningKeyProvider>().SigningKey;

        // Beyond the 60 s clock skew.
        var token = Sign(user.Id, key, DateTime.UtcNow.AddMinutes(-2));

        await AssertMeRejects(token);
    }

    [Test]
    public async Task Me_UnsignedAlgNoneToken_Returns401()
    {
        var (user, _) = await Client.Register();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var exp = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode($$"""{"iss":"{{Issuer}}","aud":"{{Audience}}","sub":"{{user.Id}}","exp":{{exp}}}""");

        await AssertMeRejects($"{header}.{payload}.");
    }

    [Test]
    public async Task Me_ValidTokenSignedByServiceKey_Returns200()
    {
        var (user, _) = await Client.Register();
        var key = Factory.Services.GetRequiredService<ISigningKeyProvider>().SigningKey;

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Get, "/api/users/me", Sign(user.Id, key, DateTime.UtcNow.AddMinutes(5))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static string Sign(Guid subject, SecurityKey key, DateTime expires, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = expires.AddMinutes(-10),
            NotBefore = expires.AddMinutes(-10),
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = subject.ToString() },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });

    private async Task AssertMeRejects(string token)
    {
        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Get, "/api/users/me", token));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }

    private static string WithoutTraceId(JsonElement problem) =>
        JsonSerializer.Serialize(problem.EnumerateObject().Where(p => p.Name != "traceId").ToDictionary(p => p.Name, p => p.Value.ToString()));
}
