namespace ServiceDefaults.Errors;

/// <summary>The requested resource does not exist (404).</summary>
public sealed class NotFoundException(string message) : Exception(message);
