using System.Net;
using System.Net.Http.Json;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Controllers;

/// <summary>RFC 9110 §13.1: If-Match compares strongly (a weak tag never matches), If-None-Match weakly.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.SqlServer)]
public sealed class ConditionalRequestTests(TestDatabase database) : IntegrationTest(database)
{
    [Test]
    public async Task Update_WeakFormOfCurrentETagInIfMatch_Returns412AndKeepsPost()
    {
        using var client = As(Guid.NewGuid());
        var (created, etag) = await client.CreatePostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/posts/{created.Id}")
        {
            Content = JsonContent.Create(new UpdatePostRequest("t2", "b2")),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"W/{etag}");

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
        var current = await client.GetFromJsonAsync<PostResponse>($"/api/posts/{created.Id}");
        Assert.That(current!.Title, Is.EqualTo(created.Title));
    }

    [Test]
    public async Task Delete_WeakFormOfCurrentETagInIfMatch_Returns412AndKeepsPost()
    {
        using var client = As(Guid.NewGuid());
        var (created, etag) = await client.CreatePostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/posts/{created.Id}");
        request.Headers.TryAddWithoutValidation("If-Match", $"W/{etag}");

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
        using var get = await client.GetAsync($"/api/posts/{created.Id}");
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_WeakFormOfCurrentETagInIfNoneMatch_Returns304()
    {
        using var client = As(Guid.NewGuid());
        var (created, etag) = await client.CreatePostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/posts/{created.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"W/{etag}");

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }
}
