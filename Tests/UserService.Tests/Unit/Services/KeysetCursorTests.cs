using ServiceDefaults.Paging;

namespace UserService.Tests.Unit.Services;

// ServiceDefaults' keyset cursor pages both services' lists; its tests live here, once.
internal sealed class KeysetCursorTests
{
    [Test]
    public void Encode_ThenDecode_RoundTripsExactly()
    {
        var cursor = new KeysetCursor(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1234567), Guid.CreateVersion7());

        var ok = KeysetCursor.TryDecode(cursor.Encode(), out var decoded);

        Assert.That(ok, Is.True);
        Assert.That(decoded, Is.EqualTo(cursor));
    }

    [Test]
    public void Encode_NonUtcOffset_DecodesToSameInstantInUtc()
    {
        var local = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.FromHours(2));

        KeysetCursor.TryDecode(new KeysetCursor(local, Guid.Empty).Encode(), out var decoded);

        Assert.That(decoded!.CreatedAt, Is.EqualTo(local));
        Assert.That(decoded.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Encode_IsUrlSafe()
    {
        var encoded = new KeysetCursor(DateTimeOffset.MaxValue, new Guid(Enumerable.Repeat((byte)0xFF, 16).ToArray())).Encode();

        Assert.That(encoded, Does.Match("^[A-Za-z0-9_-]+$"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("abc")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    [TestCase("////////////////////////////////")]
    [TestCase("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    [TestCase("________________________________")]
    public void TryDecode_Malformed_ReturnsFalse(string? value)
    {
        var ok = KeysetCursor.TryDecode(value, out var decoded);

        Assert.That(ok, Is.False);
        Assert.That(decoded, Is.Null);
    }

    [Test]
    public void TryDecode_TicksBeyondDateRange_ReturnsFalse()
    {
        // 0xFF... ticks is far beyond DateTimeOffset.MaxValue.
        Assert.That(KeysetCursor.TryDecode("__________AAAAAAAAAAAAAAAAAAAAAA", out _), Is.False);
    }
}
