namespace EndToEnd.Tests.Infrastructure;

/// <summary>What a load run did. <see cref="Completed"/> is false when the hard time limit cut it short.</summary>
internal sealed record LoadResult(int Succeeded, IReadOnlyList<LoadFailure> Failures, TimeSpan Elapsed, bool Completed)
{
    private const int ReasonLength = 160;

    public int Total => Succeeded + Failures.Count;

    public string Describe(int examples = 5) => Describe(Failures, examples);

    /// <summary>Counts and the first few failures, short enough to read in a test report.</summary>
    public string Describe(IReadOnlyList<LoadFailure> failures, int examples = 5) =>
        $"{Succeeded} succeeded, {Failures.Count} failed of {Total} in {Elapsed.TotalSeconds:0.0} s" +
        (failures.Count == 0 ? string.Empty : "; first: " + string.Join(" | ", failures.Take(examples).Select(Short)));

    private static string Short(LoadFailure failure) =>
        $"sent {failure.SentAt.TotalSeconds:0.000}s {(failure.Reason.Length > ReasonLength ? failure.Reason[..ReasonLength] + "…" : failure.Reason)}";
}
