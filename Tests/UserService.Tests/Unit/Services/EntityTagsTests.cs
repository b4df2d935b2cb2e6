using UserService.Services;

namespace UserService.Tests.Unit.Services;

internal sealed class EntityTagsTests
{
    [Test]
    public void From_DifferentVersions_GiveDifferentQuotedTags()
    {
        var first = EntityTags.From(Guid.NewGuid());
        var second = EntityTags.From(Guid.NewGuid());

        Assert.That(first, Does.StartWith("\"").And.EndWith("\""));
        Assert.That(first, Is.Not.EqualTo(second));
    }

    [TestCase(null, false)]
    [TestCase("", false)]
    [TestCase("*", true)]
    [TestCase("\"other\"", false)]
    [TestCase("garbage without quotes", false)]
    public void Matches_Header_ComparesWithCurrentTag(string? header, bool expected) =>
        Assert.That(EntityTags.Matches(header, EntityTags.From(Guid.Empty)), Is.EqualTo(expected));

    [Test]
    public void Matches_ExactWeakOrListed_True()
    {
        var etag = EntityTags.From(Guid.NewGuid());

        Assert.That(EntityTags.Matches(etag, etag), Is.True);
        Assert.That(EntityTags.Matches($"W/{etag}", etag), Is.True);
        Assert.That(EntityTags.Matches($"\"x\", {etag}", etag), Is.True);
    }
}
