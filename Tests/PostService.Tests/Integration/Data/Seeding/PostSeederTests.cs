using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PostService.Data;
using PostService.Data.Seeding;
using PostService.Tests.Infrastructure;

namespace PostService.Tests.Integration.Data.Seeding;

public sealed class PostSeederTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task SeedAsync_MoreThanOneBatch_InsertsEveryPostOverTheAuthorsNewestAtNow()
    {
        using var database = new SqliteTestDatabase();
        await using var services = new ServiceCollection()
            .AddDbContextPool<PostsDbContext, SqlitePostsDbContext>(db => db.UseSqlite(database.ConnectionString))
            .BuildServiceProvider();
        var authors = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var seeder = new PostSeeder(services.GetRequiredService<IServiceScopeFactory>(), new FixedTimeProvider(Now), NullLogger<PostSeeder>.Instance);
        var count = PostSeeder.BatchSize + 7;

        await seeder.SeedAsync(count, authors, CancellationToken.None);

        await using var db = database.CreateContext();
        var posts = await db.Posts.AsNoTracking().ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(posts, Has.Count.EqualTo(count));
            Assert.That(posts.Select(p => p.Id), Is.Unique);
            Assert.That(posts.Select(p => p.AuthorId).Distinct(), Is.EquivalentTo(authors));
            Assert.That(posts.Max(p => p.CreatedAt), Is.EqualTo(Now));
            Assert.That(posts.Select(p => p.CreatedAt).Distinct().Count(), Is.EqualTo(count), "one second apart");
        });
    }

    [Test]
    public void SeedAsync_NoAuthors_Throws()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var seeder = new PostSeeder(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<PostSeeder>.Instance);

        Assert.That(() => seeder.SeedAsync(1, [], CancellationToken.None), Throws.ArgumentException);
    }
}
