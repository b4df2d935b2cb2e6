using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Hosting;

/// <summary>What every request gets regardless of endpoint: health, Swagger, correlation, problems, logs.</summary>
public sealed class HostingTests() : IntegrationTest(TestDatabase.Sqlite)
{
    private const string CorrelationHeader = "X-Correlation-Id";

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_Endpoint_Returns200(string path)
    {
        using var response = await Anonymous().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Request_WithCorrelationId_EchoesItInHeaderAndProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/posts/{Guid.NewGuid()}");
        request.Headers.Add(CorrelationHeader, "test-correlation-42");

        using var response = await Anonymous().SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That(response.Headers.GetValues(CorrelationHeader), Is.EqualTo(new[] { "test-correlation-42" }));
        Assert.That(problem.GetProperty("traceId").GetString(), Is.EqualTo("test-correlation-42"));
    }

    [Test]
    public async Task Request_WithoutCorrelationId_GetsOneGenerated()
    {
        using var response = await Anonymous().GetAsync("/api/posts");

        Assert.That(response.Headers.GetValues(CorrelationHeader).Single(), Is.Not.Empty);
    }

    [Test]
    public async Task ValidationProblem_CarriesCorrelationIdAsTraceId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/posts?limit=0");
        request.Headers.Add(CorrelationHeader, "validation-7");

        using var response = await Anonymous().SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("traceId").GetString(), Is.EqualTo("validation-7"));
    }

    [Test]
    public async Task Swagger_Document_HasBearerSchemeEndpointsAndXmlDocs()
    {
        using var response = await Anonymous().GetAsync("/swagger/v1/swagger.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        var createSchema = document.GetProperty("components").GetProperty("schemas").GetProperty("CreatePostRequest");
        var create = document.GetProperty("paths").GetProperty("/api/posts").GetProperty("post");
        Assert.Multiple(() =>
        {
            Assert.That(paths, Is.SupersetOf(new[] { "/api/posts", "/api/posts/{id}", "/api/users/{userId}/posts" }));
            Assert.That(schemes.GetProperty("Bearer").GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
            Assert.That(createSchema.GetProperty("description").GetString(), Does.Contain("authored by the caller"));
            Assert.That(create.GetProperty("summary").GetString(), Does.Contain("author is the caller"));
            Assert.That(create.GetProperty("responses").EnumerateObject().Select(r => r.Name),
                Is.EquivalentTo(new[] { "201", "400", "401", "403", "413", "415" }));
        });
    }

    [Test]
    public async Task Logs_OfAWrite_HaveTheRequestLineButNoBodyOrToken()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = Factory.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(capture)));
        var token = Factory.Tokens.For(Guid.NewGuid());
        using var client = factory.CreateClient().WithToken(token);
        const string secretBody = "body-that-must-not-be-logged-5f1c";

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest("title-9d2e", secretBody));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var logs = string.Join('\n', capture.Lines);
        Assert.Multiple(() =>
        {
            Assert.That(logs, Does.Contain("HTTP POST /api/posts responded 201"), "the provider receives request lines");
            Assert.That(logs, Does.Not.Contain(secretBody));
            Assert.That(logs, Does.Not.Contain("title-9d2e"));
            Assert.That(logs, Does.Not.Contain(token));
            Assert.That(logs, Does.Not.Contain(token.Split('.')[2]), "not even the signature");
        });
    }
}
