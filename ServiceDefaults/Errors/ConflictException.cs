namespace ServiceDefaults.Errors;

/// <summary>The request conflicts with the current state, e.g. a duplicate unique value (409).</summary>
public sealed class ConflictException(string message) : Exception(message);
