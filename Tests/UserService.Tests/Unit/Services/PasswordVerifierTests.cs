using Microsoft.AspNetCore.Identity;
using UserService.Models;
using UserService.Services;

namespace UserService.Tests.Unit.Services;

internal sealed class PasswordVerifierTests
{
    [Test]
    public void Verify_UnknownUser_StillRunsTheHasherAgainstADummyHashAndFails()
    {
        var hasher = new CountingHasher();
        var verifier = new PasswordVerifier(hasher);

        var result = verifier.Verify(null, "pw");

        Assert.That(result, Is.EqualTo(PasswordVerificationResult.Failed));
        Assert.That(hasher.Verifications, Is.EqualTo(1));
    }

    [Test]
    public void Verify_KnownUser_ChecksTheirHash()
    {
        var verifier = Support.SqliteTestDatabase.Passwords;
        var user = new User { UserName = "a", NormalizedUserName = "A", Email = "a@b.c", NormalizedEmail = "A@B.C", DisplayName = "A" };
        user.PasswordHash = verifier.Hash(user, "right password");

        Assert.That(verifier.Verify(user, "right password"), Is.EqualTo(PasswordVerificationResult.Success));
        Assert.That(verifier.Verify(user, "wrong password"), Is.EqualTo(PasswordVerificationResult.Failed));
        Assert.That(user.PasswordHash, Does.Not.Contain("right password"));
    }

    /// <summary>The real hasher (cheap settings), counting how often a hash is verified.</summary>
    private sealed class CountingHasher() : PasswordHasher<User>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1000 }))
    {
        public int Verifications { get; private set; }

        public override PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
