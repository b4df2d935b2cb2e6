using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using ServiceDefaults.Options;
using Shared.Contracts.Auth;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>Refresh-token sessions: issue, rotation and reuse detection.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class RefreshTokenTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Token_RightPassword_ReturnsAccessAndRefreshTokenWithLifetimes()
    {
        var (user, _) = await Client.Register();

        var token = await Client.Login(user.UserName);

        Assert.That(new JsonWebToken(token.AccessToken).Subject, Is.EqualTo(user.Id.ToString()));
        Assert.That(token.ExpiresIn, Is.EqualTo(15 * 60));
        Assert.That(Base64Url.DecodeFromChars(token.RefreshToken), Has.Length.EqualTo(32));
        Assert.That(token.RefreshToken, Does.Match("^[A-Za-z0-9_-]{43}$"));
        Assert.That(token.RefreshTokenExpiresIn, Is.EqualTo(14 * 24 * 60 * 60));
    }

    [Test]
    public async Task Token_Issued_StoresOnlyTheRefreshTokensHash()
    {
        var (user, _) = await Client.Register();

        var token = await Client.Login(user.UserName);

        var stored = await Factory.StoredRefreshTokens(user.Id);
        Assert.That(stored, Has.Count.EqualTo(1));
        Assert.That(stored[0].TokenHash, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(token.RefreshToken))));
    }

    [Test]
    public async Task Refresh_LiveToken_Returns200WithNewPairForTheSameUser()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);

        using var response = await Client.Refresh(login.RefreshToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        var renewed = await response.Content.ReadFromJsonAsync<TokenResponse>();
        Assert.That(renewed!.RefreshToken, Is.Not.EqualTo(login.RefreshToken));
        Assert.That(new JsonWebToken(renewed.AccessToken).Subject, Is.EqualTo(user.Id.ToString()));
        using var me = await Client.SendAsync(UserApi.Request(HttpMethod.Get, "/api/users/me", renewed.AccessToken));
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Refresh_RenewedToken_CanBeRenewedAgain()
    {
        var (user, _) = await Client.Register();
        var second = await Client.Renew((await Client.Login(user.UserName)).RefreshToken);

        using var response = await Client.Refresh(second.RefreshToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Refresh_SpentToken_Returns401AndKillsTheSessionsNewestToken()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);
        var renewed = await Client.Renew(login.RefreshToken);

        using var reuse = await Client.Refresh(login.RefreshToken);
        using var newest = await Client.Refresh(renewed.RefreshToken);

        await ProblemAssert.IsProblem(reuse, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblem(newest, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Refresh_SpentTokenOfOneSession_LeavesTheUsersOtherSessionAlive()
    {
        var (user, _) = await Client.Register();
        var stolen = await Client.Login(user.UserName);
        var other = await Client.Login(user.UserName);
        await Client.Renew(stolen.RefreshToken);

        using (await Client.Refresh(stolen.RefreshToken))
        {
        }

        using var response = await Client.Refresh(other.RefreshToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Refresh_UnknownToken_Returns401Problem()
    {
        using var response = await Client.Refresh(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Invalid refresh token"));
    }

    [TestCase("{}")]
    [TestCase("""{"refreshToken":""}""")]
    [TestCase("""{"refreshToken":null}""")]
    public async Task Refresh_MissingToken_Returns400ValidationProblem(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync("/api/auth/refresh", content);

        await ProblemAssert.IsValidationProblem(response, "refreshToken");
    }

    [Test]
    public async Task Refresh_OverlongToken_Returns400ValidationProblem()
    {
        using var response = await Client.Refresh(new string('a', 129));

        await ProblemAssert.IsValidationProblem(response, "refreshToken");
    }
}
