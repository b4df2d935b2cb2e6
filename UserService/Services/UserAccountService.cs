using AutoMapper.QueryableExtensions;
using AutoMapper;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Errors;
using ServiceDefaults.Http;
using ServiceDefaults.Paging;
using Shared.Contracts.Common;
using Shared.Contracts.Users;
using UserService.Data;
using UserService.Errors;
using UserService.Models;

namespace UserService.Services;

/// <summary>The <see cref="IUserService"/> over EF Core. Reads are untracked projections.</summary>
internal sealed class UserAccountService(
    UsersDbContext db, IMapper mapper, PasswordVerifier passwords, TimeProvider clock) : IUserService
{
    public async Task<Versioned<UserResponse>> Register(RegisterUserRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            UserName = request.UserName,
            NormalizedUserName = Normalize(request.UserName),
            Email = request.Email,
            NormalizedEmail = Normalize(request.Email),
            DisplayName = request.DisplayName,
            Bio = request.Bio,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        user.PasswordHash = passwords.Hash(user, request.Password);

        await EnsureUnique(user, cancellationToken);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (ConstraintViolation.IsUnique(e))
        {
            // Lost a race with a concurrent registration of the same name or address.
            throw new ConflictException("The user name or e-mail address is already registered.");
        }

        return new Versioned<UserResponse>(mapper.Map<UserResponse>(user), user.Version);
    }

    public Task<Versioned<PublicUserResponse>> GetPublic(Guid id, CancellationToken cancellationToken) =>
        Find<PublicUserResponse>(id, cancellationToken);

    public Task<Versioned<UserResponse>> GetOwn(Guid id, CancellationToken cancellationToken) =>
        Find<UserResponse>(id, cancellationToken);

    public async Task<PagedResponse<PublicUserResponse>> List(PageRequest page, CancellationToken cancellationToken)
    {
        var items = await PageQuery(db.Users.AsNoTracking(), page, mapper.ConfigurationProvider).ToListAsync(cancellationToken);

        string? next = null;
        if (items.Count > page.Limit)
        {
            items.RemoveAt(page.Limit);
            var last = items[^1];
            next = new KeysetCursor(last.CreatedAt, last.Id).Encode();
        }

        return new PagedResponse<PublicUserResponse>(items, next);
    }

    public async Task<Versioned<UserResponse>> Update(
        Guid id, Guid callerId, UpdateUserRequest request, string? ifMatch, CancellationToken cancellationToken)
    {
        var user = await FindOwnedForWrite(id, callerId, ifMatch, cancellationToken);
        user.DisplayName = request.DisplayName;
        user.Bio = request.Bio;
        user.UpdatedAt = clock.GetUtcNow();
        user.Version = Guid.NewGuid();
        await SaveGuarded(cancellationToken);
        return new Versioned<UserResponse>(mapper.Map<UserResponse>(user), user.Version);
    }

    public async Task Delete(Guid id, Guid callerId, string? ifMatch, CancellationToken cancellationToken)
    {
        var user = await FindOwnedForWrite(id, callerId, ifMatch, cancellationToken);
        db.Users.Remove(user);
        await SaveGuarded(cancellationToken);
    }

    internal static string Normalize(string value) => value.ToUpperInvariant();

    /// <summary>
    /// One page in (CreatedAt, Id) order, seeking past the cursor; the ordering, the seek and the
    /// projection all run in SQL. One extra row tells whether another page exists without a COUNT.
    /// </summary>
    internal static IQueryable<PublicUserResponse> PageQuery(IQueryable<User> users, PageRequest page, AutoMapper.IConfigurationProvider mapping)
    {
        if (page.After is { } after)
        {
            users = users.Where(u => u.CreatedAt > after.CreatedAt || (u.CreatedAt == after.CreatedAt && u.Id.CompareTo(after.Id) > 0));
        }

        return users
            .OrderBy(u => u.CreatedAt).ThenBy(u => u.Id)
            .Take(page.Limit + 1)
            .ProjectTo<PublicUserResponse>(mapping);
    }

    private async Task<Versioned<T>> Find<T>(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .ProjectTo<VersionedRow<T>>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"User '{id}' was not found.");
        return new Versioned<T>(row.Value, row.Version);
    }

    private async Task EnsureUnique(User user, CancellationToken cancellationToken)
    {
        var taken = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == user.NormalizedUserName || u.NormalizedEmail == user.NormalizedEmail)
            .Select(u => new { u.NormalizedUserName })
            .FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            throw new ConflictException(taken.NormalizedUserName == user.NormalizedUserName
                ? "The user name is already taken."
                : "The e-mail address is already registered.");
        }
    }

    private async Task<User> FindOwnedForWrite(Guid id, Guid callerId, string? ifMatch, CancellationToken cancellationToken)
    {
        if (id != callerId)
        {
            throw new ForbiddenException("Only the user may change or delete their own account.");
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new NotFoundException($"User '{id}' was not found.");
        if (!EntityTags.IfMatchHolds(ifMatch, user.Version))
        {
            throw new PreconditionFailedException("The user was changed since it was read (If-Match does not match the current ETag).");
        }

        return user;
    }

    private async Task SaveGuarded(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another write committed between our read and our write: the version we checked is stale.
            throw new PreconditionFailedException("The user was changed concurrently; read it again and retry.");
        }
    }
}
