using ServiceDefaults.Paging;

namespace UserService.Services;

/// <summary>A validated request for one page: how many items, and after which position.</summary>
public sealed record PageRequest(int Limit, KeysetCursor? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
