using AutoMapper.QueryableExtensions;
using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PostService.Data;
using PostService.Models;
using ServiceDefaults.Errors;
using ServiceDefaults.Paging;
using Shared.Contracts.Common;
using Shared.Contracts.Posts;

namespace PostService.Services;

internal sealed partial class PostService(
    PostsDbContext db,
    IMapper mapper,
    TimeProvider clock,
    ILogger<PostService> logger) : IPostService
{
    public async Task<VersionedPost> CreateAsync(Guid authorId, CreatePostRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var post = new Post
        {
            Id = Guid.CreateVersion7(now),
            AuthorId = authorId,
            Title = request.Title,
            Body = request.Body,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(logger, post.Id, authorId);
        return mapper.Map<VersionedPost>(post);
    }

    public async Task<VersionedPost> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking()
            .Where(p => p.Id == id)
            .ProjectTo<VersionedPost>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw NotFound(id);

    public async Task<PagedResponse<PostResponse>> ListAsync(Guid? authorId, PageQuery page, CancellationToken cancellationToken)
    {
        KeysetCursor.TryDecode(page.Cursor, out var after);
        // One extra row tells whether another page exists without a COUNT.
        var items = await PostQueries.NewestFirst(db.Posts.AsNoTracking(), authorId, after, page.Limit + 1)
            .ProjectTo<PostResponse>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        if (items.Count <= page.Limit)
        {
            return new PagedResponse<PostResponse>(items, null);
        }

        items.RemoveAt(items.Count - 1);
        var last = items[^1];
        return new PagedResponse<PostResponse>(items, new KeysetCursor(last.CreatedAt, last.Id).Encode());
    }

    public async Task<VersionedPost> UpdateAsync(
        Guid id, Guid callerId, UpdatePostRequest request, IReadOnlyCollection<Guid>? expectedVersions, CancellationToken cancellationToken)
    {
        var post = await FindForWriteAsync(id, callerId, expectedVersions, cancellationToken);
        post.Title = request.Title;
        post.Body = request.Body;
        post.UpdatedAt = clock.GetUtcNow();
        post.Version = Guid.NewGuid();
        await SaveAsync(id, cancellationToken);
        LogUpdated(logger, id);
        return mapper.Map<VersionedPost>(post);
    }

    public async Task DeleteAsync(Guid id, Guid callerId, IReadOnlyCollection<Guid>? expectedVersions, CancellationToken cancellationToken)
    {
        var post = await FindForWriteAsync(id, callerId, expectedVersions, cancellationToken);
        db.Posts.Remove(post);
        await SaveAsync(id, cancellationToken);
        LogDeleted(logger, id);
    }

    private async Task<Post> FindForWriteAsync(
        Guid id, Guid callerId, IReadOnlyCollection<Guid>? expectedVersions, CancellationToken cancellationToken)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
        if (post.AuthorId != callerId)
        {
            throw new ForbiddenException("Only the author of a post may change or delete it.");
        }

        if (expectedVersions is not null && !expectedVersions.Contains(post.Version))
        {
            throw new PreconditionFailedException("The post has changed since it was read (If-Match does not match its ETag).");
        }

        return post;
    }

    // The loaded Version is the concurrency token, so a write that raced ours since we read the
    // row makes the UPDATE/DELETE match nothing: that is the same stale-version case, 412.
    private async Task SaveAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogConcurrencyConflict(logger, id);
            throw new PreconditionFailedException("The post was changed or deleted by another request; read it again.");
        }
    }

    private static NotFoundException NotFound(Guid id) => new($"Post {id} does not exist.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId} created by {AuthorId}")]
    private static partial void LogCreated(ILogger logger, Guid postId, Guid authorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId} updated")]
    private static partial void LogUpdated(ILogger logger, Guid postId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {PostId} deleted")]
    private static partial void LogDeleted(ILogger logger, Guid postId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Concurrency conflict writing post {PostId}")]
    private static partial void LogConcurrencyConflict(ILogger logger, Guid postId);
}
