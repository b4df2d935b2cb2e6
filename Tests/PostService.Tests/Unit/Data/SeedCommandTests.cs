using PostService.Data.Seeding;

namespace PostService.Tests.Unit.Data;

public sealed class SeedCommandTests
{
    [Test]
    public void Parse_AllArguments_ReadsThem()
    {
        var command = SeedCommand.Parse(["seed", "--posts", "100000", "--authors", "1000", "--yes"]);

        Assert.That(command, Is.EqualTo(new SeedCommand(100_000, "1000", true)));
    }

    [Test]
    public void Parse_WithoutYes_IsNotConfirmed()
    {
        var command = SeedCommand.Parse(["seed", "--authors", "a.txt", "--posts", "5"]);

        Assert.That(command!.Confirmed, Is.False);
    }

    [TestCase("seed", "--posts", "10")]
    [TestCase("seed", "--authors", "3")]
    [TestCase("seed", "--posts", "-1", "--authors", "3")]
    [TestCase("seed", "--posts", "ten", "--authors", "3")]
    [TestCase("seed", "--posts", "10", "--authors", "3", "--force")]
    public void Parse_MissingOrBadArguments_ReturnsNull(params string[] args)
    {
        var command = SeedCommand.Parse(args);

        Assert.That(command, Is.Null);
    }

    [Test]
    public async Task ResolveAuthorsAsync_Count_GeneratesThatManyDistinctIds()
    {
        var authors = await new SeedCommand(1, "7", false).ResolveAuthorsAsync(CancellationToken.None);

        Assert.That(authors, Has.Count.EqualTo(7));
        Assert.That(authors, Is.Unique);
    }

    [Test]
    public async Task ResolveAuthorsAsync_File_ReadsOneGuidPerLineSkippingBlanks()
    {
        var file = Path.GetTempFileName();
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await File.WriteAllLinesAsync(file, [ids[0].ToString(), "", $"  {ids[1]}  "]);

        try
        {
            var authors = await new SeedCommand(1, file, false).ResolveAuthorsAsync(CancellationToken.None);

            Assert.That(authors, Is.EqualTo(ids));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("0")]
    [TestCase("no-such-file.txt")]
    public void ResolveAuthorsAsync_NeitherFileNorPositiveCount_ThrowsFormatException(string authors)
    {
        var command = new SeedCommand(1, authors, false);

        Assert.That(() => command.ResolveAuthorsAsync(CancellationToken.None), Throws.TypeOf<FormatException>());
    }
}
