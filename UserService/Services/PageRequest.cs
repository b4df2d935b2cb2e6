using ServiceDefaults.Paging;

namespace UserService.Services;

/// <summary>A validated request for one page: how many items, and after which position.</summary>
/// <remarks>The limits and messages are the shared <see cref="PageRules"/>.</remarks>
public sealed record PageRequest(int Limit, KeysetCursor? After);
