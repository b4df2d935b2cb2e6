using YamlDotNet.RepresentationModel;

namespace Deployment.Tests.Support;

/// <summary>Flattens YAML documents into the set of key paths they contain.</summary>
internal static class YamlKeyPaths
{
    public static IReadOnlyList<IReadOnlySet<string>> OfDocuments(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => OfNode(d.RootNode))];
    }

    public static IReadOnlySet<string> OfNode(YamlNode node)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(node, string.Empty, paths);
        return paths;
    }

    private static void Collect(YamlNode node, string path, ISet<string> paths)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var child = path + "/" + ((YamlScalarNode)key).Value;
                    paths.Add(child);
                    Collect(value, child, paths);
                }

                break;
            case YamlSequenceNode sequence:
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    Collect(item, $"{path}[{index++}]", paths);
                }

                break;
        }
    }
}
