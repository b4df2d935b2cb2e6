namespace Gateway.Aggregation;

/// <summary>What one sub-request returned; <see cref="Failure"/> is set when no response came back.</summary>
internal sealed record PartResponse(string Key, int StatusCode, string? ContentType, byte[] Body, string? Failure)
{
    public bool Failed => Failure is not null || StatusCode >= 400;
}
