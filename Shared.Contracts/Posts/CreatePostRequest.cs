namespace Shared.Contracts.Posts;

/// <summary>Creates a post authored by the caller (the token's subject).</summary>
/// <param name="Title">1–200 characters, not blank.</param>
/// <param name="Body">1–20,000 characters.</param>
public sealed record CreatePostRequest(string Title, string Body);
