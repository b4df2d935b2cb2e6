using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Hosting;

/// <summary>
/// The 1 MB body limit is Kestrel's (the in-memory test server has none), so this fixture serves
/// the app from a real Kestrel socket on 127.0.0.1 with an OS-chosen port.
/// </summary>
public sealed class KestrelLimitsTests
{
    private PostServiceFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartKestrel()
    {
        _factory = new PostServiceFactory();
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _client = _factory.CreateClient().WithToken(_factory.Tokens.For(Guid.NewGuid()));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Create_BodyOverOneMegabyte_Returns413Problem([Values] bool chunked)
    {
        var request = new CreatePostRequest("t", new string('b', 1024 * 1024 + 1));
        // JsonContent streams without a Content-Length (chunked); StringContent declares one.
        using HttpContent content = chunked
            ? JsonContent.Create(request)
            : new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/posts", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Create_BodyUnderLimitButInvalid_Returns400NotRejectedBySize()
    {
        using var response = await _client.PostAsJsonAsync("/api/posts", new CreatePostRequest("t", new string('b', 500_000)));

        await ProblemAssert.HasValidationErrorAsync(response, "body");
    }
}
