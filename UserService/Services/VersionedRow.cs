namespace UserService.Services;

/// <summary>What single-row reads project to: the DTO and the version the ETag is made from.</summary>
internal sealed class VersionedRow<T>
{
    public Guid Version { get; set; }

    public required T Value { get; set; }
}
