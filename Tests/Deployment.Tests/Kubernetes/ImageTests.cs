using Deployment.Tests.Support;

namespace Deployment.Tests.Kubernetes;

/// <summary>Every image reference names one build: a tag, never "latest".</summary>
[TestFixture]
public sealed class ImageTests
{
    [Test]
    public async Task Kubernetes_EveryImage_HasAConcreteTag()
    {
        var manifests = await RenderedManifests.LoadAsync();

        var offenders = manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .Where(x => !IsPinned(x.Container.Image))
            .Select(x => $"{x.Label}: {x.Container.Image}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public async Task Kubernetes_ImagePullPolicy_IsAlways()
    {
        // Re-checks registry credentials on every start (kube-score container-image-pull-policy).
        var manifests = await RenderedManifests.LoadAsync();

        var offenders = manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .Where(x => x.Container.ImagePullPolicy != "Always")
            .Select(x => x.Label);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Compose_EveryImage_HasAConcreteTag()
    {
        var offenders = ComposeFile.Load().Services.Values
            .Where(s => s.Image is null || !IsPinned(s.Image))
            .Select(s => $"{s.Name}: {s.Image ?? "(no image name)"}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Dockerfile_EveryBaseImage_HasAConcreteTag()
    {
        var offenders = ServiceProject.All
            .SelectMany(p => Dockerfile.Load(p.Dockerfile).All("FROM").Select(i => (p, Image: i.Words[0])))
            .Where(x => !IsPinned(x.Image))
            .Select(x => $"{x.p.ProjectName}/Dockerfile: {x.Image}");

        Assert.That(offenders, Is.Empty);
    }

    private static bool IsPinned(string image)
    {
        var lastSegment = image.Split('/')[^1];
        var tag = lastSegment.Contains('@', StringComparison.Ordinal) ? "digest" : lastSegment.Split(':').ElementAtOrDefault(1);
        return !string.IsNullOrEmpty(tag) && !tag.Equals("latest", StringComparison.OrdinalIgnoreCase)
            && !tag.EndsWith("-latest", StringComparison.OrdinalIgnoreCase);
    }
}
