using PostService.Services;
using ServiceDefaults.Paging;

namespace PostService.Tests.Unit.Services;

public sealed class KeysetCursorTests
{
    [Test]
    public void Encode_ThenDecode_RoundTripsExactly()
    {
        var cursor = new KeysetCursor(new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1234567), Guid.CreateVersion7());

        var decoded = KeysetCursor.TryDecode(cursor.Encode(), out var result);

        Assert.That(decoded, Is.True);
        Assert.That(result, Is.EqualTo(cursor));
    }

    [Test]
    public void Encode_NonUtcOffset_DecodesToSameInstantInUtc()
    {
        var local = new DateTimeOffset(2025, 5, 6, 9, 0, 0, TimeSpan.FromHours(2));

        KeysetCursor.TryDecode(new KeysetCursor(local, Guid.Empty).Encode(), out var result);

        Assert.That(result!.CreatedAt, Is.EqualTo(local));
        Assert.That(result.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Encode_Always_IsUrlSafe()
    {
        var encoded = new KeysetCursor(DateTimeOffset.MaxValue, new Guid("ffffffff-ffff-ffff-ffff-ffffffffffff")).Encode();

        Assert.That(encoded, Does.Match("^[A-Za-z0-9_-]+$"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("abc")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("////////////////////////////////")]
    public void TryDecode_Malformed_ReturnsFalse(string? value)
    {
        var decoded = KeysetCursor.TryDecode(value, out var result);

        Assert.That(decoded, Is.False);
        Assert.That(result, Is.Null);
    }

    [Test]
    public void TryDecode_TicksBeyondDateRange_ReturnsFalse()
    {
        // 0xFF... ticks is far beyond DateTimeOffset.MaxValue.
        var decoded = KeysetCursor.TryDecode("__________AAAAAAAAAAAAAAAAAAAAAA", out _);

        Assert.That(decoded, Is.False);
    }
}
