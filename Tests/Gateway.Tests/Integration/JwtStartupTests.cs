using Gateway.Tests.Integration.Support;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Integration;

public sealed class JwtStartupTests
{
    [Test]
    public void Start_UnreadablePublicKeyPem_RefusesToStartWithAClearMessage()
    {
        using var file = new RouteFile(Routes.File([Routes.ByService("/a", "/a", "userservice")
            .With("AuthenticationOptions", new { AuthenticationProviderKeys = new[] { "Bearer" } })]));
        var settings = new Dictionary<string, string?> { ["Jwt:PublicKeyPem"] = "-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----" };

        var error = Assert.Catch(() => GatewayFactory.Start(file.Path, new FakeServiceDiscovery(), settings).Dispose());

        Assert.That(error, Is.InstanceOf<OptionsValidationException>(), error?.ToString());
        Assert.That(error!.Message, Does.Contain("Jwt:PublicKeyPem"));
    }
}
