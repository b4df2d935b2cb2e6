using PostService.Data;
using ServiceDefaults.Extensions;

namespace PostService.Extensions;

internal static class PostDatabaseExtensions
{
    public const string ConnectionStringName = "Posts";
    public const string SqliteFileName = "posts.db";

    /// <summary>The pooled posts context on the configured provider (SQLite <c>posts.db</c> by default).</summary>
    public static WebApplicationBuilder AddPostServiceDatabase(this WebApplicationBuilder builder) =>
        builder.AddServiceDatabase<PostsDbContext, SqlitePostsDbContext, SqlServerPostsDbContext>(ConnectionStringName, SqliteFileName);
}
