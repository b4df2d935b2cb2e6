namespace ServiceDefaults.Errors;

/// <summary>The caller is authenticated but may not act on this resource (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
