namespace EndToEnd.Tests.Infrastructure;

/// <summary>What a load run did. <see cref="Completed"/> is false when the hard time limit cut it short.</summary>
internal sealed record LoadResult(int Succeeded, IReadOnlyList<LoadFailure> Failures, TimeSpan Elapsed, bool Completed)
{
    public int Total => Succeeded + Failures.Count;

    public string Describe(int examples = 10) =>
        $"{Succeeded} succeeded, {Failures.Count} failed of {Total} in {Elapsed.TotalSeconds:0.0} s" +
        (Failures.Count == 0 ? string.Empty : ": " + string.Join("; ", Failures.Take(examples).Select(f => $"{f.At.TotalSeconds:0.000}s {f.Reason}")));
}
