using System.Net;
using System.Net.Http.Json;
using ServiceDefaults.Options;
using Shared.Contracts.Users;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>RFC 9110 §13.1: If-Match compares strongly (a weak tag never matches), If-None-Match weakly.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class ConditionalRequestTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Put_WeakFormOfCurrentETagInIfMatch_Returns412AndKeepsProfile()
    {
        var (user, etag, token) = await Client.RegisterAndLogin();
        using var request = UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, new UpdateUserRequest("New Name", null));
        request.Headers.TryAddWithoutValidation("If-Match", $"W/{etag}");

        using var response = await Client.SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.PreconditionFailed);
        var current = await Client.GetFromJsonAsync<PublicUserResponse>($"/api/users/{user.Id}");
        Assert.That(current!.DisplayName, Is.EqualTo(user.DisplayName));
    }

    [Test]
    public async Task Delete_WeakFormOfCurrentETagInIfMatch_Returns412AndKeepsAccount()
    {
        var (user, etag, token) = await Client.RegisterAndLogin();
        using var request = UserApi.Request(HttpMethod.Delete, $"/api/users/{user.Id}", token);
        request.Headers.TryAddWithoutValidation("If-Match", $"W/{etag}");

        using var response = await Client.SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.PreconditionFailed);
        using var get = await Client.GetAsync($"/api/users/{user.Id}");
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Put_CurrentETagAmongOthersInIfMatch_Returns200()
    {
        var (user, etag, token) = await Client.RegisterAndLogin();
        using var request = UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token, new UpdateUserRequest("New Name", null));
        request.Headers.TryAddWithoutValidation("If-Match", $"\"other\", {etag}");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_WeakFormOfCurrentETagInIfNoneMatch_Returns304()
    {
        var (user, etag) = await Client.Register();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/users/{user.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"W/{etag}");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }
}
