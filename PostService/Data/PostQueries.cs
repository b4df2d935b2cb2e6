using PostService.Models;
using PostService.Services;
using ServiceDefaults.Paging;

namespace PostService.Data;

/// <summary>The keyset listing query, kept in one place so tests can inspect its SQL and query plan.</summary>
internal static class PostQueries
{
    /// <summary>
    /// Newest first, ties on CreatedAt broken by Id. The cursor predicate is the row-comparison
    /// form, so the (AuthorId, CreatedAt, Id) or (CreatedAt, Id) index is sought and read in order.
    /// </summary>
    public static IQueryable<Post> NewestFirst(IQueryable<Post> posts, Guid? authorId, KeysetCursor? after, int take)
    {
        if (authorId is { } author)
        {
            posts = posts.Where(p => p.AuthorId == author);
        }

        if (after is not null)
        {
            var createdAt = after.CreatedAt;
            var id = after.Id;
            posts = posts.Where(p => p.CreatedAt < createdAt || (p.CreatedAt == createdAt && p.Id < id));
        }

        return posts
            .OrderByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.Id)
            .Take(take);
    }
}
