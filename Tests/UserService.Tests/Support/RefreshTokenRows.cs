using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserService.Data;
using UserService.Models;

namespace UserService.Tests.Support;

/// <summary>Reads what the hosted service stored, for assertions about the table itself.</summary>
internal static class RefreshTokenRows
{
    public static async Task<List<RefreshToken>> StoredRefreshTokens(this UserServiceFactory factory, Guid userId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        return await db.RefreshTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync();
    }
}
