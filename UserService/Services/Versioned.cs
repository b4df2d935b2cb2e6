namespace UserService.Services;

/// <summary>A representation together with the ETag of the row it came from.</summary>
public sealed record Versioned<T>(T Value, string ETag);
