using AutoMapper;
using Microsoft.Extensions.Logging.Abstractions;
using PostService.Mapping;
using PostService.Models;
using PostService.Services;
using Shared.Contracts.Posts;

namespace PostService.Tests.Unit.Mapping;

public sealed class PostMappingProfileTests
{
    private static MapperConfiguration Configuration() =>
        new(config => config.AddProfile<PostMappingProfile>(), NullLoggerFactory.Instance);

    [Test]
    public void Configuration_IsValid()
    {
        var configuration = Configuration();

        Assert.That(configuration.AssertConfigurationIsValid, Throws.Nothing);
    }

    [Test]
    public void Map_Post_ToVersionedPostWithEveryField()
    {
        var now = DateTimeOffset.UtcNow;
        var post = new Post
        {
            Id = Guid.NewGuid(), AuthorId = Guid.NewGuid(), Title = "t", Body = "b",
            CreatedAt = now, UpdatedAt = now.AddMinutes(1), Version = Guid.NewGuid(),
        };

        var mapped = Configuration().CreateMapper().Map<VersionedPost>(post);

        Assert.That(mapped.Post, Is.EqualTo(new PostResponse(post.Id, post.AuthorId, "t", "b", now, now.AddMinutes(1))));
        Assert.That(mapped.Version, Is.EqualTo(post.Version));
    }
}
