using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Controllers;

public sealed partial class PostsControllerTests
{
    [Test]
    public async Task Get_Existing_Returns200WithSameETagAsCreate()
    {
        using var client = As(Guid.NewGuid());
        var (created, etag) = await client.CreatePostAsync();

        using var response = await Anonymous().GetAsync($"/api/posts/{created.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(etag));
        Assert.That(await response.Content.ReadFromJsonAsync<PostResponse>(), Is.EqualTo(created));
    }

    [Test]
    public async Task Get_MatchingIfNoneMatch_Returns304()
    {
        using var client = As(Guid.NewGuid());
        var (created, etag) = await client.CreatePostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/posts/{created.Id}");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(etag));
    }

    [Test]
    public async Task Get_StaleIfNoneMatch_Returns200()
    {
        using var client = As(Guid.NewGuid());
        var (created, _) = await client.CreatePostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/posts/{created.Id}");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{Guid.NewGuid():N}\""));

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/api/posts/00000000-0000-0000-0000-000000000001")]
    [TestCase("/api/posts/not-a-guid")]
    [TestCase("/api/posts/123")]
    public async Task Get_UnknownOrNonGuidId_Returns404Problem(string path)
    {
        using var response = await Anonymous().GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
