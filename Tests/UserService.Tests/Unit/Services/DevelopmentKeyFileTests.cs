using Microsoft.Extensions.Logging.Abstractions;
using UserService.Services;

namespace UserService.Tests.Unit.Services;

internal sealed class DevelopmentKeyFileTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("userservice-devkey").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task ReadOrCreate_ConcurrentStarts_AllGetTheSameKeyAndNoTemporaryFilesRemain()
    {
        var path = Path.Combine(_directory, "signing-key.pem");
        using var start = new Barrier(4);

        var keys = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            return DevelopmentKeyFile.ReadOrCreate(path, NullLogger.Instance);
        })));

        Assert.That(keys.Distinct().Count(), Is.EqualTo(1));
        Assert.That(File.ReadAllText(path), Is.EqualTo(keys[0]));
        Assert.That(Directory.GetFiles(_directory), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void ReadOrCreate_CorruptFile_FailsWithClearMessageInsteadOfReplacingIt()
    {
        var path = Path.Combine(_directory, "signing-key.pem");
        File.WriteAllText(path, "not a key");

        Assert.That(() => DevelopmentKeyFile.ReadOrCreate(path, NullLogger.Instance),
            Throws.InvalidOperationException.With.Message.Contains("holds no readable RSA key"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("not a key"));
    }
}
