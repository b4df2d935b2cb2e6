namespace UserService.Models;

/// <summary>A registered user as stored. Never leaves the service: controllers return contracts.</summary>
internal sealed class User
{
    public Guid Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>Upper-invariant <see cref="UserName"/>; the unique index makes names unique ignoring case.</summary>
    public required string NormalizedUserName { get; set; }

    public required string Email { get; set; }

    /// <summary>Upper-invariant <see cref="Email"/>, uniquely indexed.</summary>
    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }

    public string? Bio { get; set; }

    public string PasswordHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Replaced on every write. EF checks it as a concurrency token and the ETag is derived from it,
    /// so a provider-neutral Guid serves both SQLite (no rowversion) and SQL Server.
    /// </summary>
    public Guid Version { get; set; }
}
