using System.Net;
using System.Net.Http.Json;
using ServiceDefaults.Options;
using Shared.Contracts.Common;
using Shared.Contracts.Users;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>
/// Keyset pagination over 45 users, 25 of which share one timestamp (the clock stands still), so
/// the id tie-break and the SQL-side comparison are exercised across page boundaries.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class UserListTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const int SameInstantUsers = 25;
    private const int LaterUsers = 20;
    private readonly TestTimeProvider _clock = new(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private List<Guid> _created = [];

    [OneTimeSetUp]
    public async Task CreateUsers()
    {
        for (var i = 0; i < SameInstantUsers; i++)
        {
            _created.Add((await Client.Register()).User.Id);
        }

        for (var i = 0; i < LaterUsers; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            _created.Add((await Client.Register()).User.Id);
        }
    }

    [Test]
    public async Task List_PagingWithLimit10_ReturnsEveryUserOnceInStableOrder()
    {
        var pages = await ReadAllPages(10);

        var items = pages.SelectMany(p => p.Items).ToList();
        Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 10, 10, 10, 10, 5 }));
        Assert.That(items.Select(u => u.Id), Is.Unique);
        Assert.That(items.Select(u => u.Id), Is.EquivalentTo(_created));
        Assert.That(items.Select(u => u.CreatedAt), Is.Ordered);
        Assert.That(items.Take(SameInstantUsers).Select(u => u.CreatedAt).Distinct().Count(), Is.EqualTo(1));
        Assert.That(pages[^1].NextCursor, Is.Null);
        var again = (await ReadAllPages(7)).SelectMany(p => p.Items).Select(u => u.Id);
        Assert.That(again, Is.EqualTo(items.Select(u => u.Id)));
    }

    [Test]
    public async Task List_NoLimit_ReturnsDefaultPageOf20()
    {
        var page = await Client.GetFromJsonAsync<PagedResponse<PublicUserResponse>>("/api/users");

        Assert.That(page!.Items, Has.Count.EqualTo(20));
        Assert.That(page.NextCursor, Is.Not.Null);
    }

    [TestCase("0")]
    [TestCase("101")]
    [TestCase("-1")]
    [TestCase("abc")]
    public async Task List_LimitOutOfRange_Returns400KeyedLimit(string limit)
    {
        using var response = await Client.GetAsync($"/api/users?limit={limit}");

        await ProblemAssert.IsValidationProblem(response, "limit");
    }

    [TestCase("not-a-cursor")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public async Task List_MalformedCursor_Returns400KeyedCursor(string cursor)
    {
        using var response = await Client.GetAsync($"/api/users?cursor={Uri.EscapeDataString(cursor)}&limit=5");

        await ProblemAssert.IsValidationProblem(response, "cursor");
    }

    protected override UserServiceFactory CreateFactory() => new(Provider) { Clock = _clock };

    private async Task<List<PagedResponse<PublicUserResponse>>> ReadAllPages(int limit)
    {
        var pages = new List<PagedResponse<PublicUserResponse>>();
        string? cursor = null;
        do
        {
            var uri = cursor is null ? $"/api/users?limit={limit}" : $"/api/users?limit={limit}&cursor={cursor}";
            var page = await Client.GetFromJsonAsync<PagedResponse<PublicUserResponse>>(uri);
            pages.Add(page!);
            cursor = page!.NextCursor;
        }
        while (cursor is not null && pages.Count <= _created.Count);

        return pages;
    }
}
