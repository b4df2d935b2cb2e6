using System.Net;
using System.Net.Http.Json;
using System.Text;
using ServiceDefaults.Options;
using Shared.Contracts.Auth;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>Ending refresh-token sessions: logout and account deletion.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class SessionEndTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Revoke_LiveToken_Returns204AndRefreshReturns401()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);

        using var revoke = await Client.PostAsJsonAsync("/api/auth/revoke", new RefreshTokenRequest(login.RefreshToken));
        using var refresh = await Client.Refresh(login.RefreshToken);

        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProblemAssert.IsProblem(refresh, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Revoke_SpentTokenOfTheSession_EndsTheNewestToken()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);
        var renewed = await Client.Renew(login.RefreshToken);

        using var revoke = await Client.PostAsJsonAsync("/api/auth/revoke", new RefreshTokenRequest(login.RefreshToken));
        using var refresh = await Client.Refresh(renewed.RefreshToken);

        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProblemAssert.IsProblem(refresh, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Revoke_UnknownOrAlreadyRevokedToken_Returns204()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);
        using (await Client.PostAsJsonAsync("/api/auth/revoke", new RefreshTokenRequest(login.RefreshToken)))
        {
        }

        using var again = await Client.PostAsJsonAsync("/api/auth/revoke", new RefreshTokenRequest(login.RefreshToken));
        using var unknown = await Client.PostAsJsonAsync("/api/auth/revoke", new RefreshTokenRequest("not-a-token"));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task Revoke_MissingToken_Returns400ValidationProblem()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync("/api/auth/revoke", content);

        await ProblemAssert.IsValidationProblem(response, "refreshToken");
    }

    [Test]
    public async Task DeleteUser_ThenRefresh_Returns401AndNoTokenRowRemains()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);
        var renewed = await Client.Renew(login.RefreshToken);
        using (var delete = await Client.SendAsync(UserApi.Request(HttpMethod.Delete, $"/api/users/{user.Id}", renewed.AccessToken)))
        {
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var response = await Client.Refresh(renewed.RefreshToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.That(await Factory.StoredRefreshTokens(user.Id), Is.Empty);
    }
}
