namespace EndToEnd.Tests.Infrastructure;

/// <summary>One failed request of a load run: when it was sent (since the run started) and what went wrong.</summary>
internal sealed record LoadFailure(TimeSpan SentAt, string Reason);
