using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDefaults.Options;
using Shared.Contracts.Auth;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Hosting;

/// <summary>Correlation ids, health endpoints, Swagger and what reaches the logs.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class CrossCuttingTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AnyRequest_CorrelationIdSent_IsEchoedAndUsedAsTraceId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/users/{Guid.NewGuid()}");
        request.Headers.Add("X-Correlation-Id", "test-correlation-42");

        using var response = await Client.SendAsync(request);

        Assert.That(response.Headers.GetValues("X-Correlation-Id"), Is.EqualTo(new[] { "test-correlation-42" }));
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("traceId").GetString(), Is.EqualTo("test-correlation-42"));
    }

    [Test]
    public async Task AnyRequest_NoCorrelationId_OneIsGeneratedAndEchoed()
    {
        using var response = await Client.GetAsync("/health/live");

        Assert.That(response.Headers.GetValues("X-Correlation-Id").Single(), Is.Not.Empty);
    }

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_DatabaseUp_Returns200(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Swagger_Document_HasBearerSchemeContractDocsAndDeclaredStatuses()
    {
        var json = await Client.GetStringAsync("/swagger/v1/swagger.json");

        var document = JsonDocument.Parse(json).RootElement;
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.That(scheme.GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        Assert.That(json, Does.Contain("Registers a new user."));
        Assert.That(json, Does.Contain("3–32 characters of"));
        var put = document.GetProperty("paths").GetProperty("/api/users/{id}").GetProperty("put").GetProperty("responses");
        Assert.That(put.EnumerateObject().Select(r => r.Name), Is.EquivalentTo(new[] { "200", "400", "401", "403", "404", "412", "413", "415" }));
    }

    [Test]
    public async Task Swagger_Document_DescribesRefreshAndRevokeWithTheirStatuses()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        var paths = document.GetProperty("paths");
        var refresh = paths.GetProperty("/api/auth/refresh").GetProperty("post");
        var revoke = paths.GetProperty("/api/auth/revoke").GetProperty("post");
        Assert.That(Statuses(refresh), Is.EquivalentTo(new[] { "200", "400", "401", "413", "415" }));
        Assert.That(Statuses(revoke), Is.EquivalentTo(new[] { "204", "400", "413", "415" }));
        Assert.That(refresh.GetProperty("summary").GetString(), Does.Contain("refresh token"));
        var token = document.GetProperty("components").GetProperty("schemas").GetProperty("TokenResponse").GetProperty("properties");
        Assert.That(token.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "accessToken", "refreshToken", "refreshTokenExpiresIn" }));
    }

    [Test]
    public async Task Requests_WithRefreshTokens_NeverLogTheTokens()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);

        using var refresh = await Client.Refresh(login.RefreshToken);
        var renewed = await refresh.Content.ReadFromJsonAsync<TokenResponse>();
        using (await Client.PostAsJsonAsync("/api/auth/revoke", new RefreshTokenRequest(renewed!.RefreshToken)))
        {
        }

        var lines = Factory.Logs.Lines.ToList();
        Assert.That(lines, Has.Some.Contains("HTTP POST /api/auth/refresh responded 200"));
        Assert.That(lines, Has.None.Contains(login.RefreshToken));
        Assert.That(lines, Has.None.Contains(renewed.RefreshToken));
    }

    [Test]
    public async Task Requests_WithPassword_NeverLogThePasswordButLogTheRequest()
    {
        const string secret = "Pa55word-that-must-not-leak";
        var request = UserApi.NewUser() with { Password = secret };
        using var correlated = UserApi.Request(HttpMethod.Post, "/api/users", json: request);
        correlated.Headers.Add("X-Correlation-Id", "log-check-1");

        using (await Client.SendAsync(correlated))
        {
        }

        using (await Client.SendAsync(UserApi.Request(HttpMethod.Post, "/api/auth/token", json: new { userName = request.UserName, password = secret })))
        {
        }

        using (await Client.SendAsync(UserApi.Request(HttpMethod.Post, "/api/auth/token", json: new { userName = request.UserName, password = secret + "x" })))
        {
        }

        var lines = Factory.Logs.Lines.ToList();
        Assert.That(lines, Has.Some.Contains("HTTP POST /api/users responded 201").And.Contains("CorrelationId=log-check-1"));
        Assert.That(lines, Has.Some.Contains("HTTP POST /api/auth/token responded 401"));
        Assert.That(lines, Has.None.Contains(secret));
    }

    private static IEnumerable<string> Statuses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name);
}
