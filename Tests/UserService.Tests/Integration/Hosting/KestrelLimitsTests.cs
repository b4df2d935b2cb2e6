using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Hosting;

/// <summary>
/// The 1 MB body limit is Kestrel's (the in-memory test server has none), so this fixture serves
/// the app from a real Kestrel socket on 127.0.0.1 with an OS-chosen port.
/// </summary>
internal sealed class KestrelLimitsTests
{
    private UserServiceFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartKestrel()
    {
        _factory = new UserServiceFactory();
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Post_BodyOverOneMegabyte_Returns413Problem(
        [Values("/api/users", "/api/auth/token")] string path, [Values] bool chunked)
    {
        var body = UserApi.NewUser(bio: new string('x', 1024 * 1024 + 1));
        using HttpContent content = chunked
            ? JsonContent.Create(body)
            : new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(path, content);

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Post_BodyJustUnderLimitButInvalid_Returns400NotRejectedBySize()
    {
        var body = UserApi.NewUser(bio: new string('x', 1000));

        using var response = await _client.PostAsJsonAsync("/api/users", body);

        await ProblemAssert.IsValidationProblem(response, "bio");
    }
}
