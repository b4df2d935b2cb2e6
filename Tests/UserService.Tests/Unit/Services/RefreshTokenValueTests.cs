using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using UserService.Services;

namespace UserService.Tests.Unit.Services;

internal sealed class RefreshTokenValueTests
{
    [Test]
    public void Create_Always_Is256RandomBitsInBase64UrlWithItsSha256()
    {
        var (token, hash) = RefreshTokenValue.Create();

        Assert.That(Base64Url.DecodeFromChars(token), Has.Length.EqualTo(32));
        Assert.That(token, Does.Match("^[A-Za-z0-9_-]{43}$"));
        Assert.That(hash, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
    }

    [Test]
    public void Create_TwoTokens_Differ() =>
        Assert.That(RefreshTokenValue.Create().Token, Is.Not.EqualTo(RefreshTokenValue.Create().Token));

    [Test]
    public void Hash_SameText_SameHashAndOtherTextOtherHash()
    {
        var (token, hash) = RefreshTokenValue.Create();

        Assert.That(RefreshTokenValue.Hash(token), Is.EqualTo(hash));
        Assert.That(RefreshTokenValue.Hash(token + "x"), Is.Not.EqualTo(hash));
    }
}
