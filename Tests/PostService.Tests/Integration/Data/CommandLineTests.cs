using System.Globalization;
using Microsoft.Data.Sqlite;
using PostService.Tests.Infrastructure;

namespace PostService.Tests.Integration.Data;

/// <summary>The commands deployment and benchmarks run: <c>migrate</c> and <c>seed</c>.</summary>
public sealed class CommandLineTests
{
    private string _dataDirectory = null!;

    [SetUp]
    public void CreateDataDirectory() =>
        _dataDirectory = Path.Combine(Path.GetTempPath(), "postservice-tests", Guid.NewGuid().ToString("N"));

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
    public async Task Migrate_FreshSqlitePathOutsideDevelopment_ExitsZeroWithSchema()
    {
        var (exitCode, output) = await PostServiceProcess.RunAsync("Production", _dataDirectory, "migrate");

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('Posts', 'IX_Posts_AuthorId_CreatedAt_Id', 'IX_Posts_CreatedAt_Id')"), Is.EqualTo(3));
    }

    [Test]
    public async Task Seed_OutsideDevelopmentWithoutYes_RefusesWithoutWriting()
    {
        var (exitCode, output) = await PostServiceProcess.RunAsync("Production", _dataDirectory, "seed", "--posts", "10", "--authors", "2");

        Assert.That(exitCode, Is.EqualTo(3), output);
        Assert.That(output, Does.Contain("without --yes"));
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM Posts"), Is.Zero, "start-up migrated the schema, but no post was written");
    }

    [Test]
    public async Task Seed_WithYesAndAuthorFile_InsertsPostsOverThoseAuthorsAndExitsZero()
    {
        Directory.CreateDirectory(_dataDirectory);
        var authors = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var authorFile = Path.Combine(_dataDirectory, "authors.txt");
        await File.WriteAllLinesAsync(authorFile, authors.Select(a => a.ToString()));

        var (exitCode, output) = await PostServiceProcess.RunAsync(
            "Production", _dataDirectory, "seed", "--posts", "25", "--authors", authorFile, "--yes");

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM Posts"), Is.EqualTo(25));
        Assert.That(await ScalarAsync("SELECT COUNT(DISTINCT AuthorId) FROM Posts"), Is.EqualTo(3));
    }

    [Test]
    public async Task Seed_MissingArguments_ExitsWithUsageError()
    {
        var (exitCode, output) = await PostServiceProcess.RunAsync("Development", _dataDirectory, "seed", "--posts");

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("Usage: seed"));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "posts.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
