using Microsoft.Extensions.Primitives;
using ServiceDefaults.Http;

namespace PostService.Tests.Unit.Http;

public sealed class EntityTagsTests
{
    private static readonly Guid Version = Guid.NewGuid();

    [Test]
    public void Format_Version_IsQuotedStrongTag()
    {
        var etag = EntityTags.Format(Version);

        Assert.That(etag, Is.EqualTo($"\"{Version:N}\""));
    }

    [Test]
    public void ParseIfMatch_Absent_MeansAnyVersion()
    {
        var versions = EntityTags.ParseIfMatch(StringValues.Empty);

        Assert.That(versions, Is.Null);
    }

    [Test]
    public void ParseIfMatch_Star_MeansAnyVersion()
    {
        var versions = EntityTags.ParseIfMatch("*");

        Assert.That(versions, Is.Null);
    }

    [Test]
    public void ParseIfMatch_List_ReturnsEachVersion()
    {
        var other = Guid.NewGuid();

        var versions = EntityTags.ParseIfMatch($"{EntityTags.Format(Version)}, {EntityTags.Format(other)}");

        Assert.That(versions, Is.EquivalentTo(new[] { Version, other }));
    }

    [TestCase("garbage")]
    [TestCase("\"not-a-version\"")]
    public void ParseIfMatch_Unreadable_MatchesNothing(string header)
    {
        var versions = EntityTags.ParseIfMatch(header);

        Assert.That(versions, Is.Empty);
    }

    [Test]
    public void ParseIfMatch_WeakTag_MatchesNothing()
    {
        var versions = EntityTags.ParseIfMatch("W/" + EntityTags.Format(Version));

        Assert.That(versions, Is.Empty);
    }

    [Test]
    public void IfNoneMatchMatches_CurrentOrWeakOrStar_IsTrue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EntityTags.IfNoneMatchMatches(EntityTags.Format(Version), Version), Is.True);
            Assert.That(EntityTags.IfNoneMatchMatches("W/" + EntityTags.Format(Version), Version), Is.True);
            Assert.That(EntityTags.IfNoneMatchMatches("*", Version), Is.True);
        });
    }

    [Test]
    public void IfNoneMatchMatches_OtherOrAbsent_IsFalse()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EntityTags.IfNoneMatchMatches(EntityTags.Format(Guid.NewGuid()), Version), Is.False);
            Assert.That(EntityTags.IfNoneMatchMatches(StringValues.Empty, Version), Is.False);
        });
    }

    [Test]
    public void IfMatchHolds_AbsentStarOrStrongMatch_IsTrue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EntityTags.IfMatchHolds(StringValues.Empty, Version), Is.True);
            Assert.That(EntityTags.IfMatchHolds("*", Version), Is.True);
            Assert.That(EntityTags.IfMatchHolds($"\"x\", {EntityTags.Format(Version)}", Version), Is.True);
        });
    }

    [Test]
    public void IfMatchHolds_WeakFormOfCurrentTag_IsFalse()
    {
        var holds = EntityTags.IfMatchHolds("W/" + EntityTags.Format(Version), Version);

        Assert.That(holds, Is.False);
    }
}
