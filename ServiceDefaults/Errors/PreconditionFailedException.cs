namespace ServiceDefaults.Errors;

/// <summary>An <c>If-Match</c> precondition did not hold: the resource changed meanwhile (412).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
