using System.Net;
using System.Net.Http.Json;
using System.Text;
using ServiceDefaults.Options;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Hosting;

/// <summary>Bad request bodies get 400/415/413 problems, never a 500.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class RequestBodyTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [TestCase("/api/users")]
    [TestCase("/api/auth/token")]
    [TestCase("/api/auth/refresh")]
    [TestCase("/api/auth/revoke")]
    public async Task Post_MalformedJson_Returns400Problem(string path)
    {
        using var content = new StringContent("{\"userName\": \"abc\",", Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync(path, content);

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [TestCase("/api/users")]
    [TestCase("/api/auth/token")]
    [TestCase("/api/auth/refresh")]
    [TestCase("/api/auth/revoke")]
    public async Task Post_WrongContentType_Returns415Problem(string path)
    {
        using var content = new StringContent("userName=abc", Encoding.UTF8, "text/plain");

        using var response = await Client.PostAsync(path, content);

        await ProblemAssert.IsProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Put_WrongContentType_Returns415Problem()
    {
        var (user, _, token) = await Client.RegisterAndLogin();
        using var request = UserApi.Request(HttpMethod.Put, $"/api/users/{user.Id}", token);
        request.Content = new StringContent("<user/>", Encoding.UTF8, "application/xml");

        using var response = await Client.SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Post_JsonOfWrongShape_Returns400Problem()
    {
        using var response = await Client.PostAsJsonAsync("/api/users", new[] { 1, 2, 3 });

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Post_EmptyBody_Returns400Problem()
    {
        using var content = new StringContent(string.Empty, Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync("/api/users", content);

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }
}
