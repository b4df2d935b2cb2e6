namespace Shared.Contracts.Posts;

/// <summary>Replaces the title and body of a post.</summary>
/// <param name="Title">1–200 characters, not blank.</param>
/// <param name="Body">1–20,000 characters.</param>
public sealed record UpdatePostRequest(string Title, string Body);
