using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace UserService.Errors;

/// <summary>Recognises a foreign-key violation on either provider (a row written for a user deleted meanwhile).</summary>
internal static class ForeignKeyConstraint
{
    private const int SqliteConstraintForeignKey = 787;
    private const int SqlServerConstraintConflict = 547;

    public static bool IsViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        SqlException sql => sql.Number == SqlServerConstraintConflict,
        _ => false,
    };
}
