using AutoMapper;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PostService.Data;
using PostService.Mapping;
using PostService.Services;
using PostService.Tests.Infrastructure;
using ServiceDefaults.Errors;
using ServiceDefaults.Paging;
using Shared.Contracts.Posts;
using Sut = PostService.Services.PostService;

namespace PostService.Tests.Unit.Services;

/// <summary>The use cases on a real SQLite file (never a mocked DbContext), with the clock as the seam.</summary>
public sealed class PostServiceTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 3, 4, 5, 6, TimeSpan.Zero);
    private static readonly IMapper Mapper =
        new MapperConfiguration(config => config.AddProfile<PostMappingProfile>(), NullLoggerFactory.Instance).CreateMapper();

    private SqliteTestDatabase _database = null!;
    private FixedTimeProvider _clock = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _database = new SqliteTestDatabase();
        _clock = new FixedTimeProvider(Start);
    }

    [TearDown]
    public void DeleteDatabase() => _database.Dispose();

    [Test]
    public async Task CreateAsync_Request_StampsClockTimeAndVersion7IdForTheAuthor()
    {
        var author = Guid.NewGuid();
        await using var db = _database.CreateContext();

        var created = await Service(db).CreateAsync(author, new CreatePostRequest("t", "b"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(created.Post.AuthorId, Is.EqualTo(author));
            Assert.That(created.Post.CreatedAt, Is.EqualTo(Start));
            Assert.That(created.Post.UpdatedAt, Is.EqualTo(Start));
            Assert.That(created.Post.Id.Version, Is.EqualTo(7));
            Assert.That(created.Version, Is.Not.EqualTo(Guid.Empty));
        });
    }

    [Test]
    public async Task UpdateAsync_ByAuthor_ChangesVersionAndUpdatedAtButNotCreatedAt()
    {
        var author = Guid.NewGuid();
        var created = await CreateAsync(author);
        _clock.Now = Start.AddMinutes(5);
        await using var db = _database.CreateContext();

        var updated = await Service(db).UpdateAsync(created.Post.Id, author, new UpdatePostRequest("t2", "b2"), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(updated.Version, Is.Not.EqualTo(created.Version));
            Assert.That(updated.Post.UpdatedAt, Is.EqualTo(Start.AddMinutes(5)));
            Assert.That(updated.Post.CreatedAt, Is.EqualTo(Start));
            Assert.That(updated.Post.Title, Is.EqualTo("t2"));
        });
    }

    [Test]
    public async Task UpdateAsync_OtherCaller_ThrowsForbidden()
    {
        var created = await CreateAsync(Guid.NewGuid());
        await using var db = _database.CreateContext();

        Assert.That(
            () => Service(db).UpdateAsync(created.Post.Id, Guid.NewGuid(), new UpdatePostRequest("t", "b"), null, CancellationToken.None),
            Throws.TypeOf<ForbiddenException>());
    }

    [Test]
    public async Task UpdateAsync_ExpectedVersionIsStale_ThrowsPreconditionFailed()
    {
        var author = Guid.NewGuid();
        var created = await CreateAsync(author);
        await using var db = _database.CreateContext();

        Assert.That(
            () => Service(db).UpdateAsync(created.Post.Id, author, new UpdatePostRequest("t", "b"), [Guid.NewGuid()], CancellationToken.None),
            Throws.TypeOf<PreconditionFailedException>());
    }

    [Test]
    public async Task UpdateAsync_RowChangedBetweenReadAndWrite_ThrowsPreconditionFailed()
    {
        var author = Guid.NewGuid();
        var created = await CreateAsync(author);
        await using var db = _database.CreateContext(new ConcurrentWriter(created.Post.Id));

        Assert.That(
            () => Service(db).UpdateAsync(created.Post.Id, author, new UpdatePostRequest("t", "b"), [created.Version], CancellationToken.None),
            Throws.TypeOf<PreconditionFailedException>());
    }

    [Test]
    public async Task DeleteAsync_Unknown_ThrowsNotFound()
    {
        await using var db = _database.CreateContext();

        Assert.That(
            () => Service(db).DeleteAsync(Guid.NewGuid(), Guid.NewGuid(), null, CancellationToken.None),
            Throws.TypeOf<NotFoundException>());
    }

    [Test]
    public async Task ListAsync_MoreThanLimit_ReturnsLimitItemsAndCursorOfTheLast()
    {
        var author = Guid.NewGuid();
        for (var i = 0; i < 3; i++)
        {
            _clock.Now = Start.AddSeconds(i);
            await CreateAsync(author);
        }

        await using var db = _database.CreateContext();

        var page = await Service(db).ListAsync(author, new PageQuery { Limit = 2 }, CancellationToken.None);

        Assert.That(page.Items.Select(p => p.CreatedAt), Is.EqualTo(new[] { Start.AddSeconds(2), Start.AddSeconds(1) }));
        Assert.That(page.NextCursor, Is.EqualTo(new KeysetCursor(page.Items[1].CreatedAt, page.Items[1].Id).Encode()));
    }

    private Sut Service(PostsDbContext db) => new(db, Mapper, _clock, NullLogger<Sut>.Instance);

    private async Task<VersionedPost> CreateAsync(Guid author)
    {
        await using var db = _database.CreateContext();
        return await Service(db).CreateAsync(author, new CreatePostRequest("t", "b"), CancellationToken.None);
    }

    /// <summary>Plays another request that rewrites the row just before this context saves.</summary>
    private sealed class ConcurrentWriter(Guid postId) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await eventData.Context!.Database.ExecuteSqlAsync(
                $"UPDATE Posts SET Version = {Guid.NewGuid()} WHERE Id = {postId}", cancellationToken);
            return result;
        }
    }
}
