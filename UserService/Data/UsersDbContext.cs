using Microsoft.EntityFrameworkCore;
using UserService.Data.Configurations;
using UserService.Models;

namespace UserService.Data;

/// <summary>
/// The model shared by both providers. Each provider has a sealed subclass so that each keeps its
/// own migrations; the application only ever asks for this base type.
/// </summary>
public abstract class UsersDbContext(DbContextOptions options) : DbContext(options)
{
    internal DbSet<User> Users => Set<User>();

    internal DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder
            .ApplyConfiguration(new UserConfiguration())
            .ApplyConfiguration(new RefreshTokenConfiguration());
}
