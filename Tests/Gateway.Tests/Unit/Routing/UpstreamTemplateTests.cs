using Gateway.Routing;

namespace Gateway.Tests.Unit.Routing;

public sealed class UpstreamTemplateTests
{
    [TestCase("/api/users/{id}", "/api/users/1", true)]
    [TestCase("/api/users/{id}", "/api/users/1/posts", true)]
    [TestCase("/api/users/{id}", "/api/users", true)]
    [TestCase("/api/users/{id}", "/api/usersx", false)]
    [TestCase("/api/{a}/x", "/api/1/2/x", false)]
    [TestCase("/api/{a}/x", "/api/1/x", true)]
    [TestCase("/api/{a}/x", "/api/1/x/", false)]
    [TestCase("/api/{a}-{b}", "/api/1-2/3", true)]
    [TestCase("/", "/", true)]
    [TestCase("/", "/a", false)]
    [TestCase("/{all}", "/", true)]
    [TestCase("/{all}", "/a/b/c", true)]
    [TestCase("/a.b/{x}", "/aXb/1", false)]
    [TestCase("/Api", "/api", true)]
    [TestCase("/api/auth/token", "/api/auth/token/", false)]
    [TestCase("/api/auth/token", "/API/AUTH/TOKEN", true)]
    public void Regex_OcelotTemplate_MatchesLikeOcelot(string template, string path, bool expected)
    {
        var compiled = UpstreamTemplate.Compile(template, caseSensitive: false);

        Assert.That(compiled.Regex.IsMatch(path), Is.EqualTo(expected));
    }

    [TestCase("/api/users/{id}", "/api/users/{**rest}")]
    [TestCase("/api/{a}/x", "/api/{**rest}")]
    [TestCase("/{all}", "/{**catchall}")]
    [TestCase("/", "/")]
    [TestCase("/api/v1.0/items", "/api/v1.0/items/{**rest}")]
    public void AspNetPattern_Template_IsALiteralPrefixWithCatchAll(string template, string expected)
    {
        Assert.That(UpstreamTemplate.Compile(template, caseSensitive: false).AspNetPattern, Is.EqualTo(expected));
    }

    [TestCase("/api/users/{id}", "/api/users/{id}", "/api/users/7", "/api/users/7")]
    [TestCase("/api/users/{everything}", "/users/{everything}", "/api/users", "/users")]
    [TestCase("/api/users/{everything}", "/users/{everything}", "/api/users/", "/users/")]
    [TestCase("/x/{a}/y/{b}", "/{b}/{a}", "/x/1/y/2/3", "/2/3/1")]
    [TestCase("/x/{a}", "/fixed/{unknown}", "/x/1", "/fixed/{unknown}")]
    public void BuildPath_Placeholders_AreSubstitutedAsPlainText(string upstream, string downstream, string path, string expected)
    {
        var up = UpstreamTemplate.Compile(upstream, caseSensitive: false);
        var down = DownstreamTemplate.Compile(downstream, up.PlaceholderNames);

        Assert.That(down.BuildPath(up.Regex.Match(path)), Is.EqualTo(expected));
    }
}
