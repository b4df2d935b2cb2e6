using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using PostService.Controllers;
using PostService.Services;
using Shared.Contracts.Posts;

namespace PostService.Tests.Unit.Controllers;

/// <summary>The controller's own logic (who the author is, ETags, conditional headers) with the service mocked.</summary>
public sealed class PostsControllerTests
{
    private static readonly Guid Caller = Guid.NewGuid();
    private static readonly Guid Version = Guid.NewGuid();
    private readonly Mock<IPostService> _service = new(MockBehavior.Strict);

    [Test]
    public async Task Create_AuthenticatedCaller_CreatesAsTokenSubjectWithETagAndLocation()
    {
        var post = Post(Caller);
        _service.Setup(s => s.CreateAsync(Caller, It.IsAny<CreatePostRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VersionedPost(post, Version));
        var controller = Controller();

        var result = await controller.Create(new CreatePostRequest("t", "b"), CancellationToken.None);

        var created = result.Result as CreatedAtActionResult;
        Assert.That(created, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(created!.ActionName, Is.EqualTo(nameof(PostsController.Get)));
            Assert.That(created.RouteValues!["id"], Is.EqualTo(post.Id));
            Assert.That(created.Value, Is.EqualTo(post));
            Assert.That(controller.Response.Headers.ETag.ToString(), Is.EqualTo(EntityTags.Format(Version)));
        });
    }

    [Test]
    public async Task Get_IfNoneMatchCurrent_Returns304WithETag()
    {
        var post = Post(Guid.NewGuid());
        _service.Setup(s => s.GetAsync(post.Id, It.IsAny<CancellationToken>())).ReturnsAsync(new VersionedPost(post, Version));
        var controller = Controller();
        controller.Request.Headers.IfNoneMatch = EntityTags.Format(Version);

        var result = await controller.Get(post.Id, CancellationToken.None);

        Assert.That((result.Result as StatusCodeResult)?.StatusCode, Is.EqualTo(StatusCodes.Status304NotModified));
        Assert.That(controller.Response.Headers.ETag.ToString(), Is.EqualTo(EntityTags.Format(Version)));
    }

    [Test]
    public async Task Update_WithIfMatch_PassesTheExpectedVersionAndCaller()
    {
        var post = Post(Caller);
        var newVersion = Guid.NewGuid();
        _service.Setup(s => s.UpdateAsync(post.Id, Caller, It.IsAny<UpdatePostRequest>(),
                It.Is<IReadOnlyCollection<Guid>>(v => v.SequenceEqual(new[] { Version })), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VersionedPost(post, newVersion));
        var controller = Controller();
        controller.Request.Headers.IfMatch = EntityTags.Format(Version);

        var result = await controller.Update(post.Id, new UpdatePostRequest("t", "b"), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(post));
        Assert.That(controller.Response.Headers.ETag.ToString(), Is.EqualTo(EntityTags.Format(newVersion)));
    }

    [Test]
    public async Task Delete_WithoutIfMatch_PassesNoPrecondition()
    {
        var id = Guid.NewGuid();
        _service.Setup(s => s.DeleteAsync(id, Caller, null, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var result = await Controller().Delete(id, CancellationToken.None);

        Assert.That(result, Is.TypeOf<NoContentResult>());
        _service.VerifyAll();
    }

    private PostsController Controller() => new(_service.Object)
    {
        ControllerContext = new ControllerContext
        {
            HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", Caller.ToString())], "test")),
            },
        },
    };

    private static PostResponse Post(Guid author) =>
        new(Guid.CreateVersion7(), author, "t", "b", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
