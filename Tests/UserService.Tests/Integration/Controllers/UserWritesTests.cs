using System.Net;
using System.Net.Http.Json;
using ServiceDefaults.Options;
using Shared.Contracts.Users;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>PUT and DELETE: ownership (403), preconditions (412) and authentication (401).</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class UserWritesTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly UpdateUserRequest Update = new("New Name", "New bio");

    [Test]
    public async Task Put_Owner_Returns200WithChangesAndNewETag()
    {
        var (user, etag, token) = await Client.RegisterAndLogin();
        using var request = UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, Update);
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var updated = await response.Content.ReadFromJsonAsync<UserResponse>();
        Assert.That(updated!.DisplayName, Is.EqualTo("New Name"));
        Assert.That(updated.Bio, Is.EqualTo("New bio"));
        Assert.That(updated.UpdatedAt, Is.GreaterThanOrEqualTo(user.UpdatedAt));
        Assert.That(response.Headers.ETag!.ToString(), Is.Not.EqualTo(etag));
        using var get = await Client.GetAsync($"/api/users/{user.Id}");
        Assert.That(get.Headers.ETag!.ToString(), Is.EqualTo(response.Headers.ETag!.ToString()));
    }

    [Test]
    public async Task Put_WithoutIfMatch_Returns200()
    {
        var (user, _, token) = await Client.RegisterAndLogin();

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, Update));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Put_StaleIfMatch_Returns412AndKeepsProfile()
    {
        var (user, staleETag, token) = await Client.RegisterAndLogin();
        using (var first = await Client.SendAsync(UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, Update)))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var request = UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, new UpdateUserRequest("Other", null));
        request.Headers.TryAddWithoutValidation("If-Match", staleETag);
        using var response = await Client.SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.PreconditionFailed);
        var current = await Client.GetFromJsonAsync<PublicUserResponse>($"/api/users/{user.Id}");
        Assert.That(current!.DisplayName, Is.EqualTo("New Name"));
    }

    [Test]
    public async Task Put_OtherUsersProfile_Returns403()
    {
        var (victim, _) = await Client.Register();
        var (_, _, attackerToken) = await Client.RegisterAndLogin();

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Put, $"/api/users/{victim.Id}", attackerToken, Update));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Put_WithoutToken_Returns401()
    {
        var (user, _) = await Client.Register();

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", json: Update));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Put_InvalidDisplayName_Returns400KeyedDisplayName()
    {
        var (user, _, token) = await Client.RegisterAndLogin();

        using var response = await Client.SendAsync(
            UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, new UpdateUserRequest(new string('x', 101), null)));

        await ProblemAssert.IsValidationProblem(response, "displayName");
    }

    [Test]
    public async Task Delete_Owner_Returns204ThenGetReturns404()
    {
        var (user, _, token) = await Client.RegisterAndLogin();

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Delete, $"/api/users/{user.Id}", token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var get = await Client.GetAsync($"/api/users/{user.Id}");
        await ProblemAssert.IsProblem(get, HttpStatusCode.NotFound);
        using var me = await Client.SendAsync(UserApi.Request(HttpMethod.Get, "/api/users/me", token));
        await ProblemAssert.IsProblem(me, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_OtherUser_Returns403AndKeepsUser()
    {
        var (victim, _) = await Client.Register();
        var (_, _, attackerToken) = await Client.RegisterAndLogin();

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Delete, $"/api/users/{victim.Id}", attackerToken));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        using var get = await Client.GetAsync($"/api/users/{victim.Id}");
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Delete_StaleIfMatch_Returns412()
    {
        var (user, staleETag, token) = await Client.RegisterAndLogin();
        using (await Client.SendAsync(UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, Update)))
        {
        }

        using var request = UserApi.Request(HttpMethod.Delete, $"/api/users/{user.Id}", token);
        request.Headers.TryAddWithoutValidation("If-Match", staleETag);
        using var response = await Client.SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Delete_WithoutToken_Returns401()
    {
        var (user, _) = await Client.Register();

        using var response = await Client.DeleteAsync($"/api/users/{user.Id}");

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }
}
