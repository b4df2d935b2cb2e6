using System.Threading.RateLimiting;

namespace Gateway.RateLimiting;

/// <summary>The outcome of one request against a client window, with what the headers need.</summary>
internal sealed class WindowLease : RateLimitLease
{
    private WindowLease(bool acquired, int remaining, TimeSpan resetAfter)
    {
        IsAcquired = acquired;
        Remaining = remaining;
        ResetAfter = resetAfter;
    }

    public override bool IsAcquired { get; }

    public int Remaining { get; }

    /// <summary>Until the window resets (allowed) or the client may retry (rejected).</summary>
    public TimeSpan ResetAfter { get; }

    public override IEnumerable<string> MetadataNames => IsAcquired ? [] : [MetadataName.RetryAfter.Name];

    public static WindowLease Acquired(int remaining, TimeSpan resetAfter) => new(true, remaining, resetAfter);

    public static WindowLease Rejected(TimeSpan retryAfter) => new(false, 0, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (!IsAcquired && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = ResetAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
