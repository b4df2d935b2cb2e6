using System.Buffers.Binary;
using System.Buffers.Text;
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
    public void TryDecode_TicksAtMaxValue_ReturnsTrue()
    {
        var value = Raw(DateTimeOffset.MaxValue.UtcTicks);

        var ok = KeysetCursor.TryDecode(value, out var decoded);

        Assert.That(ok, Is.True);
        Assert.That(decoded!.CreatedAt, Is.EqualTo(DateTimeOffset.MaxValue));
    }

    [Test]
    public void TryDecode_TicksAboveMaxValue_ReturnsFalse()
    {
        var value = Raw(DateTimeOffset.MaxValue.UtcTicks + 1);

        var ok = KeysetCursor.TryDecode(value, out var decoded);

        Assert.That(ok, Is.False);
        Assert.That(decoded, Is.Null);
    }

    [Test]
    public void TryDecode_TicksBelowMinValue_ReturnsFalse()
    {
        var value = Raw(DateTimeOffset.MinValue.UtcTicks - 1);

        var ok = KeysetCursor.TryDecode(value, out var decoded);

        Assert.That(ok, Is.False);
        Assert.That(decoded, Is.Null);
    }

    // The wire layout of KeysetCursor: 8 bytes of big-endian UTC ticks, then the 16-byte big-endian id.
    private static string Raw(long ticks)
    {
        var bytes = new byte[sizeof(long) + 16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, ticks);
        return Base64Url.EncodeToString(bytes);
    }
}
