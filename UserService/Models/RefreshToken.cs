namespace UserService.Models;

/// <summary>
/// One refresh token as stored: only its SHA-256 hash, never the token. Every token renewed from one
/// login shares a <see cref="FamilyId"/>, so a reused (stolen) token can take down the whole chain.
/// </summary>
internal sealed class RefreshToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    /// <summary>The login this token descends from; revocation works on whole families.</summary>
    public Guid FamilyId { get; set; }

    /// <summary>SHA-256 of the token's text: a leaked table cannot be replayed.</summary>
    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When it was exchanged for its successor; presenting it again after that is reuse.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>The successor issued in exchange for this token.</summary>
    public Guid? ReplacedById { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>
    /// Replaced on every write and checked by EF as a concurrency token: of two exchanges (or an
    /// exchange and a revocation) racing on one token, only the first write lands.
    /// </summary>
    public Guid Version { get; set; }
}
