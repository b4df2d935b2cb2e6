using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Controllers;

public sealed partial class PostsControllerTests
{
    [Test]
    public async Task Update_ByAuthor_Returns200WithNewETagAndContent()
    {
        using var client = As(Guid.NewGuid());
        var (created, etag) = await client.CreatePostAsync();

        using var response = await client.PutAsJsonAsync($"/api/posts/{created.Id}", new UpdatePostRequest("New title", "New body"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var updated = await response.Content.ReadFromJsonAsync<PostResponse>();
        var fetched = await client.GetFromJsonAsync<PostResponse>($"/api/posts/{created.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag!.ToString(), Is.Not.EqualTo(etag));
            Assert.That(updated!.Title, Is.EqualTo("New title"));
            Assert.That(updated.CreatedAt, Is.EqualTo(created.CreatedAt));
            Assert.That(updated.UpdatedAt, Is.GreaterThanOrEqualTo(created.UpdatedAt));
            Assert.That(fetched, Is.EqualTo(updated));
        });
    }

    [Test]
    public async Task Update_CurrentIfMatch_Returns200()
    {
        using var client = As(Guid.NewGuid());
        var (created, etag) = await client.CreatePostAsync();

        using var response = await client.SendAsync(Put(created.Id, new UpdatePostRequest("t2", "b2"), etag));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Update_StaleIfMatch_Returns412Problem()
    {
        using var client = As(Guid.NewGuid());
        var (created, staleEtag) = await client.CreatePostAsync();
        (await client.PutAsJsonAsync($"/api/posts/{created.Id}", new UpdatePostRequest("t2", "b2"))).EnsureSuccessStatusCode();

        using var response = await client.SendAsync(Put(created.Id, new UpdatePostRequest("t3", "b3"), staleEtag));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
        var current = await client.GetFromJsonAsync<PostResponse>($"/api/posts/{created.Id}");
        Assert.That(current!.Title, Is.EqualTo("t2"), "the stale write must not land");
    }

    [Test]
    public async Task Update_ByOtherUser_Returns403Problem()
    {
        var (created, _) = await As(Guid.NewGuid()).CreatePostAsync();
        using var intruder = As(Guid.NewGuid());

        using var response = await intruder.PutAsJsonAsync($"/api/posts/{created.Id}", new UpdatePostRequest("mine", "now"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Update_Unknown_Returns404Problem()
    {
        using var client = As(Guid.NewGuid());

        using var response = await client.PutAsJsonAsync($"/api/posts/{Guid.NewGuid()}", new UpdatePostRequest("t", "b"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [TestCase(" ", "b", "title")]
    [TestCase("t", "", "body")]
    public async Task Update_InvalidField_Returns400KeyedByField(string title, string body, string field)
    {
        using var client = As(Guid.NewGuid());
        var (created, _) = await client.CreatePostAsync();

        using var response = await client.PutAsJsonAsync($"/api/posts/{created.Id}", new UpdatePostRequest(title, body));

        await ProblemAssert.HasValidationErrorAsync(response, field);
    }

    [Test]
    public async Task Update_WithoutToken_Returns401Problem()
    {
        var (created, _) = await As(Guid.NewGuid()).CreatePostAsync();

        using var response = await Anonymous().PutAsJsonAsync($"/api/posts/{created.Id}", new UpdatePostRequest("t", "b"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Delete_ByAuthor_Returns204ThenGetReturns404()
    {
        using var client = As(Guid.NewGuid());
        var (created, _) = await client.CreatePostAsync();

        using var response = await client.DeleteAsync($"/api/posts/{created.Id}");
        using var after = await client.GetAsync($"/api/posts/{created.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_ByOtherUser_Returns403AndPostRemains()
    {
        var (created, _) = await As(Guid.NewGuid()).CreatePostAsync();
        using var intruder = As(Guid.NewGuid());

        using var response = await intruder.DeleteAsync($"/api/posts/{created.Id}");
        using var after = await Anonymous().GetAsync($"/api/posts/{created.Id}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Delete_StaleIfMatch_Returns412Problem()
    {
        using var client = As(Guid.NewGuid());
        var (created, staleEtag) = await client.CreatePostAsync();
        (await client.PutAsJsonAsync($"/api/posts/{created.Id}", new UpdatePostRequest("t2", "b2"))).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/posts/{created.Id}");
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(staleEtag));

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Delete_Unknown_Returns404Problem()
    {
        using var client = As(Guid.NewGuid());

        using var response = await client.DeleteAsync($"/api/posts/{Guid.NewGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_WithoutToken_Returns401Problem()
    {
        var (created, _) = await As(Guid.NewGuid()).CreatePostAsync();

        using var response = await Anonymous().DeleteAsync($"/api/posts/{created.Id}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private static HttpRequestMessage Put(Guid id, UpdatePostRequest body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/posts/{id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return request;
    }
}
