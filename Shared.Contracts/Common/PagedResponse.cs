namespace Shared.Contracts.Common;

/// <summary>One page of a keyset-paginated list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page, in the list's stable order.</param>
/// <param name="NextCursor">Opaque cursor for the next page; <c>null</c> on the last page.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, string? NextCursor);
