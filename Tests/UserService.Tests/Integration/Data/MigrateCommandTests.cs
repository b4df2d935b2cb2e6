using Microservices.Tests.Common;
using Microsoft.Data.Sqlite;

namespace UserService.Tests.Integration.Data;

/// <summary><c>dotnet UserService.dll migrate</c> (what deployment runs) migrates and exits 0.</summary>
internal sealed class MigrateCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private string _dataDirectory = null!;

    [SetUp]
    public void CreateDataDirectory() =>
        _dataDirectory = Path.Combine(Path.GetTempPath(), "userservice-tests", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Test]
    public async Task Migrate_FreshSqlitePathOutsideDevelopment_ExitsZeroWithSchemaCreated()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__DataDirectory"] = _dataDirectory,
        };

        var (exitCode, output) = await DotnetProgram.RunAsync("UserService.dll", environment, Timeout, "migrate");

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(
            await NamesAsync("SELECT name FROM sqlite_master WHERE tbl_name = 'Users' AND type IN ('table', 'index')"),
            Is.SupersetOf(new[] { "Users", "IX_Users_CreatedAt_Id", "IX_Users_NormalizedEmail", "IX_Users_NormalizedUserName" }));
        Assert.That(await NamesAsync("SELECT MigrationId FROM __EFMigrationsHistory"), Is.Not.Empty);
    }

    private async Task<List<string>> NamesAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "users.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
