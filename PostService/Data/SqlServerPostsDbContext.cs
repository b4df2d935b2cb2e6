using Microsoft.EntityFrameworkCore;

namespace PostService.Data;

/// <summary>The SQL Server flavour of the model, with its own migrations under <c>Data/Migrations/SqlServer</c>.</summary>
internal sealed class SqlServerPostsDbContext(DbContextOptions<SqlServerPostsDbContext> options) : PostsDbContext(options);
