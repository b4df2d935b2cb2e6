using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Common;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Controllers;

/// <summary>The two listing routes: order, paging without duplicates or gaps, filters and limits.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.SqlServer)]
public sealed class ListingTests(TestDatabase database) : IntegrationTest(database)
{
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    protected override PostServiceFactory CreateFactory(TestDatabase provider) => new(provider) { Clock = _clock };

    [Test]
    public async Task List_45PostsLimit10_PagesNewestFirstWithoutDuplicatesOrGaps()
    {
        var created = await CreatePostsAsync(Guid.NewGuid(), 45, tick: TimeSpan.FromSeconds(1));
        var total = 0;
        await Factory.WithDbAsync(async db => total = await db.Posts.CountAsync());

        var pages = await ReadAllPagesAsync("/api/posts?limit=10");
        var items = pages.SelectMany(page => page.Items).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages.Take(pages.Count - 1).Select(page => page.Items.Count), Is.All.EqualTo(10));
            Assert.That(items.Select(p => p.Id), Is.Unique);
            Assert.That(items, Has.Count.EqualTo(total), "every post of the table, once");
            Assert.That(items.Select(p => p.CreatedAt), Is.Ordered.Descending);
            Assert.That(items.Select(p => p.Id), Is.SupersetOf(created));
            Assert.That(pages[^1].NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task List_IdenticalTimestamps_PagesByIdWithoutDuplicatesOrGaps()
    {
        var author = Guid.NewGuid();
        var created = await CreatePostsAsync(author, 25, tick: TimeSpan.Zero);

        var pages = await ReadAllPagesAsync($"/api/users/{author}/posts?limit=10");
        var items = pages.SelectMany(page => page.Items).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.EqualTo(3));
            Assert.That(items.Select(p => p.CreatedAt).Distinct().Count(), Is.EqualTo(1), "all share one timestamp");
            Assert.That(items.Select(p => p.Id), Is.Unique);
            Assert.That(items.Select(p => p.Id), Is.EquivalentTo(created));
        });
    }

    [Test]
    public async Task List_AuthorIdFilter_ReturnsOnlyThatAuthorsPostsNewestFirst()
    {
        var author = Guid.NewGuid();
        var mine = await CreatePostsAsync(author, 3, tick: TimeSpan.FromSeconds(1));
        await CreatePostsAsync(Guid.NewGuid(), 2, tick: TimeSpan.FromSeconds(1));

        var page = await Anonymous().GetFromJsonAsync<PagedResponse<PostResponse>>($"/api/posts?authorId={author}");

        Assert.That(page!.Items.Select(p => p.Id), Is.EqualTo(mine.AsEnumerable().Reverse()));
        Assert.That(page.NextCursor, Is.Null);
    }

    [Test]
    public async Task UserPosts_SameAuthor_MatchesAuthorIdFilter()
    {
        var author = Guid.NewGuid();
        await CreatePostsAsync(author, 4, tick: TimeSpan.FromSeconds(1));

        var filtered = await ReadAllPagesAsync($"/api/posts?authorId={author}&limit=3");
        var byRoute = await ReadAllPagesAsync($"/api/users/{author}/posts?limit=3");

        Assert.That(byRoute.SelectMany(p => p.Items), Is.EqualTo(filtered.SelectMany(p => p.Items)));
        Assert.That(byRoute, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task UserPosts_UserWithoutPosts_ReturnsEmptyPage()
    {
        var page = await Anonymous().GetFromJsonAsync<PagedResponse<PostResponse>>($"/api/users/{Guid.NewGuid()}/posts");

        Assert.That(page!.Items, Is.Empty);
        Assert.That(page.NextCursor, Is.Null);
    }

    [Test]
    public async Task List_NoLimit_ReturnsTwentyItems()
    {
        var author = Guid.NewGuid();
        await CreatePostsAsync(author, 21, tick: TimeSpan.FromSeconds(1));

        var page = await Anonymous().GetFromJsonAsync<PagedResponse<PostResponse>>($"/api/users/{author}/posts");

        Assert.That(page!.Items, Has.Count.EqualTo(20));
        Assert.That(page.NextCursor, Is.Not.Null);
    }

    [TestCase("/api/posts?limit=0", "limit")]
    [TestCase("/api/posts?limit=101", "limit")]
    [TestCase("/api/posts?limit=-1", "limit")]
    [TestCase("/api/posts?limit=ten", "limit")]
    [TestCase("/api/posts?cursor=abc", "cursor")]
    [TestCase("/api/posts?cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%21", "cursor")]
    [TestCase("/api/posts?authorId=not-a-guid", "authorId")]
    [TestCase("/api/users/00000000-0000-0000-0000-000000000001/posts?limit=101", "limit")]
    [TestCase("/api/users/00000000-0000-0000-0000-000000000001/posts?cursor=%27%3B--", "cursor")]
    public async Task List_InvalidQuery_Returns400KeyedByParameter(string url, string field)
    {
        using var response = await Anonymous().GetAsync(url);

        await ProblemAssert.HasValidationErrorAsync(response, field);
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task List_LimitAtBoundary_Returns200(int limit)
    {
        using var response = await Anonymous().GetAsync($"/api/posts?limit={limit}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task UserPosts_NonGuidUserId_Returns404Problem()
    {
        using var response = await Anonymous().GetAsync("/api/users/bob/posts");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<List<Guid>> CreatePostsAsync(Guid author, int count, TimeSpan tick)
    {
        using var client = As(author);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            _clock.Now += tick;
            ids.Add((await client.CreatePostAsync($"Post {i}", "body")).Post.Id);
        }

        return ids;
    }

    private async Task<List<PagedResponse<PostResponse>>> ReadAllPagesAsync(string firstPage)
    {
        using var client = Anonymous();
        var pages = new List<PagedResponse<PostResponse>>();
        var url = firstPage;
        // Bounded: a cursor bug must fail the test, not loop forever.
        for (var i = 0; i < 100 && url is not null; i++)
        {
            var page = await client.GetFromJsonAsync<PagedResponse<PostResponse>>(url);
            pages.Add(page!);
            url = page!.NextCursor is { } next ? $"{firstPage}&cursor={Uri.EscapeDataString(next)}" : null;
        }

        return pages;
    }
}
