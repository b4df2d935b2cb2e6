using Microsoft.EntityFrameworkCore;
using PostService.Data.Configurations;
using PostService.Models;

namespace PostService.Data;

/// <summary>
/// The model, shared by both providers. Each provider has its own subclass so each keeps its own
/// migrations (<see cref="SqlitePostsDbContext"/>, <see cref="SqlServerPostsDbContext"/>).
/// </summary>
internal abstract class PostsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Post> Posts => Set<Post>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new PostConfiguration());
}
