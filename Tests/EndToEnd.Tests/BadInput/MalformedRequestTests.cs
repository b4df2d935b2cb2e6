using System.Net;
using System.Net.Http.Json;
using System.Text;
using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests.BadInput;

/// <summary>Malformed, mistyped, oversized and out-of-range requests through the gateway.</summary>
[TestFixture]
public sealed class MalformedRequestTests
{
    private const int OverOneMegabyte = (1024 * 1024) + (256 * 1024);

    private SeededSystem _seeded = null!;
    private HttpClient _client = null!;
    private VictimScenario _scenario = null!;

    [OneTimeSetUp]
    public async Task CreateScenario()
    {
        _seeded = await SharedSystem.GetAsync();
        _client = _seeded.System.CreateGatewayClient();
        _client.DefaultRequestHeaders.Add(GatewayRouteFiles.ClientIdHeader(), "malformed-" + Guid.NewGuid().ToString("N"));
        _scenario = await VictimScenario.CreateAsync(_client);
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [TearDown]
    public void AttachLogsOnFailure()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _seeded.System.AttachLogs();
        }
    }

    [TestCase("POST", "/api/users")]
    [TestCase("POST", "/api/auth/token")]
    [TestCase("POST", "/api/posts")]
    [TestCase("PUT", "/api/posts/{post}")]
    [TestCase("PUT", "/api/users/{owner}")]
    public async Task Send_MalformedJson_Returns400(string method, string path)
    {
        var request = Request(method, path, new StringContent("{\"title\": \"unterminated", Encoding.UTF8, "application/json"));

        await _scenario.AssertRejectedAsync(request, HttpStatusCode.BadRequest);
    }

    [TestCase("POST", "/api/users", "text/plain")]
    [TestCase("POST", "/api/posts", "application/xml")]
    [TestCase("PUT", "/api/posts/{post}", "application/x-www-form-urlencoded")]
    public async Task Send_WrongContentType_Returns415(string method, string path, string contentType)
    {
        var request = Request(method, path, new StringContent("title=a&body=b", Encoding.UTF8, contentType));

        await _scenario.AssertRejectedAsync(request, HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("POST", "/api/posts")]
    [TestCase("PUT", "/api/posts/{post}")]
    [TestCase("POST", "/api/users")]
    public async Task Send_BodyOverOneMegabyte_Returns413(string method, string path)
    {
        var huge = JsonContent.Create(new { title = "big", body = new string('x', OverOneMegabyte) });
        await huge.LoadIntoBufferAsync();
        var request = Request(method, path, huge);

        // As curl does for large bodies: the gateway refuses before the body is sent. Without it the
        // gateway's 413 and its closing of the half-read connection race the client's write.
        request.Headers.ExpectContinue = true;

        await _scenario.AssertRejectedAsync(request, HttpStatusCode.RequestEntityTooLarge);
    }

    [TestCase("/api/users/not-a-guid")]
    [TestCase("/api/users/00000000-0000-0000-0000-000000000000")]
    [TestCase("/api/users/7b0e3c57-9a6c-4d0e-9a43-5b2f0c1d9e01")]
    [TestCase("/api/posts/not-a-guid")]
    [TestCase("/api/posts/7b0e3c57-9a6c-4d0e-9a43-5b2f0c1d9e01")]
    [TestCase("/api/posts/%27%20OR%201%3D1%20--")]
    public async Task Get_InvalidOrUnknownId_Returns404(string path)
    {
        await _scenario.AssertRejectedAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), HttpStatusCode.NotFound);
    }

    [TestCase("/api/users?limit=1000000")]
    [TestCase("/api/users?limit=0")]
    [TestCase("/api/users?limit=-1")]
    [TestCase("/api/users?limit=99999999999999999999")]
    [TestCase("/api/posts?limit=1000000")]
    [TestCase("/api/posts?limit=101")]
    [TestCase("/api/users/{owner}/posts?limit=2147483648")]
    [TestCase("/api/users?cursor=%27%20OR%201%3D1%20--")]
    [TestCase("/api/posts?cursor=not-a-cursor")]
    public async Task List_OutOfRangeLimitOrBadCursor_Returns400(string path)
    {
        await _scenario.AssertRejectedAsync(Request("GET", path, content: null), HttpStatusCode.BadRequest);
    }

    private HttpRequestMessage Request(string method, string path, HttpContent? content) =>
        ApiDriver.Authorized(
            new HttpMethod(method),
            path.Replace("{post}", _scenario.Post.Id.ToString(), StringComparison.Ordinal)
                .Replace("{owner}", _scenario.Owner.Id.ToString(), StringComparison.Ordinal),
            _scenario.OwnerToken,
            content);
}
