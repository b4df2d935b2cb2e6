using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDefaults.Options;
using Shared.Contracts.Users;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class UsersControllerTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Register_ValidRequest_Returns201WithLocationETagAndNoSecrets()
    {
        var request = UserApi.NewUser(bio: "hello");

        using var response = await Client.PostAsJsonAsync("/api/users", request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await response.Content.ReadAsStringAsync();
        var user = JsonSerializer.Deserialize<UserResponse>(body, JsonSerializerOptions.Web)!;
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo($"/api/users/{user.Id}"));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(user.UserName, Is.EqualTo(request.UserName));
        Assert.That(user.Email, Is.EqualTo(request.Email));
        Assert.That(user.Bio, Is.EqualTo("hello"));
        Assert.That(user.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(body, Does.Contain("\"userName\"").And.Contain("\"displayName\"").And.Contain("\"createdAt\""));
        Assert.That(body, Does.Not.Contain(UserApi.Password).And.Not.Contain("password").IgnoreCase.And.Not.Contain("hash").IgnoreCase);
    }

    [Test]
    public async Task Register_ThroughTheGateway_LocationNamesTheGatewaysHost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = JsonContent.Create(UserApi.NewUser()) };
        request.Headers.Add("X-Forwarded-Host", "api.example.com");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.Location!.GetLeftPart(UriPartial.Authority), Is.EqualTo("https://api.example.com"));
    }

    [TestCase("userName", "ab")]
    [TestCase("userName", "has space")]
    [TestCase("userName", "abcdefghijabcdefghijabcdefghijabc")]
    [TestCase("email", "not-an-email")]
    [TestCase("email", "")]
    [TestCase("displayName", "")]
    [TestCase("password", "short")]
    [TestCase("bio", "x", 501)]
    public async Task Register_InvalidField_Returns400KeyedByCamelCaseField(string field, string value, int repeat = 1)
    {
        var valid = JsonSerializer.SerializeToNode(UserApi.NewUser(), JsonSerializerOptions.Web)!.AsObject();
        valid[field] = string.Concat(Enumerable.Repeat(value, repeat));

        using var response = await Client.PostAsJsonAsync("/api/users", valid);

        var problem = await ProblemAssert.IsValidationProblem(response, field);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { field }));
    }

    [Test]
    public async Task Register_MissingFields_Returns400ForEachRequiredField()
    {
        using var response = await Client.PostAsJsonAsync("/api/users", new { });

        await ProblemAssert.IsValidationProblem(response, "userName", "email", "displayName", "password");
    }

    [Test]
    public async Task Register_DuplicateUserNameInOtherCase_Returns409()
    {
        var (existing, _) = await Client.Register();
        var duplicate = UserApi.NewUser() with { UserName = existing.UserName.ToUpperInvariant() };

        using var response = await Client.PostAsJsonAsync("/api/users", duplicate);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Register_DuplicateEmailInOtherCase_Returns409()
    {
        var (existing, _) = await Client.Register();
        var duplicate = UserApi.NewUser() with { Email = existing.Email.ToUpperInvariant() };

        using var response = await Client.PostAsJsonAsync("/api/users", duplicate);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Get_ExistingUser_Returns200PublicViewWithETag()
    {
        var (user, etag) = await Client.Register();

        using var response = await Client.GetAsync($"/api/users/{user.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(etag));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("email").IgnoreCase);
        var publicUser = JsonSerializer.Deserialize<PublicUserResponse>(body, JsonSerializerOptions.Web)!;
        Assert.That(publicUser, Is.EqualTo(new PublicUserResponse(user.Id, user.UserName, user.DisplayName, user.Bio, user.CreatedAt, user.UpdatedAt)));
    }

    [Test]
    public async Task Get_MatchingIfNoneMatch_Returns304()
    {
        var (user, etag) = await Client.Register();
        using var request = UserApi.Request(HttpMethod.Get, $"/api/users/{user.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [Test]
    public async Task Get_StaleIfNoneMatch_Returns200()
    {
        var (user, _) = await Client.Register();
        using var request = UserApi.Request(HttpMethod.Get, $"/api/users/{user.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"stale\"");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/api/users/00000000-0000-0000-0000-000000000001")]
    [TestCase("/api/users/not-a-guid")]
    public async Task Get_UnknownOrNonGuidId_Returns404Problem(string path)
    {
        using var response = await Client.GetAsync(path);

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Me_WithToken_Returns200WithEmail()
    {
        var (user, etag, token) = await Client.RegisterAndLogin();

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Get, "/api/users/me", token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadFromJsonAsync<UserResponse>(), Is.EqualTo(user));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(etag));
    }

    [Test]
    public async Task Me_WithoutToken_Returns401Problem()
    {
        using var response = await Client.GetAsync("/api/users/me");

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }
}
