namespace PostService.Models;

/// <summary>A post as stored. Never leaves the service: the API speaks <c>PostResponse</c>.</summary>
internal sealed class Post
{
    /// <summary>Version 7, so ids roughly follow creation order.</summary>
    public Guid Id { get; set; }

    public Guid AuthorId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>Always UTC; with <see cref="Id"/> the keyset of every listing.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Replaced on every write; the concurrency token and the source of the ETag. A Guid rather
    /// than SQL Server's rowversion so both providers behave the same.
    /// </summary>
    public Guid Version { get; set; }
}
