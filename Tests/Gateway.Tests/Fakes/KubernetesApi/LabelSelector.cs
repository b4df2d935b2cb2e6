namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>The equality subset of Kubernetes label selectors (<c>a=b,c==d</c>), enough for EndpointSlice watches.</summary>
internal sealed class LabelSelector
{
    private readonly KeyValuePair<string, string>[] _requirements;

    private LabelSelector(KeyValuePair<string, string>[] requirements) => _requirements = requirements;

    public static bool TryParse(string? text, out LabelSelector selector)
    {
        var requirements = new List<KeyValuePair<string, string>>();
        foreach (var term in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = term.Split("=", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[0].EndsWith('!'))
            {
                selector = new LabelSelector([]);
                return false;
            }

            requirements.Add(new(parts[0], parts[1].TrimStart('=')));
        }

        selector = new LabelSelector([.. requirements]);
        return true;
    }

    /// <summary>The value required for <paramref name="key"/>, if the selector names it.</summary>
    public string? ValueOf(string key) => _requirements.FirstOrDefault(r => r.Key == key).Value;

    public bool Matches(IDictionary<string, string>? labels) =>
        _requirements.All(r => labels is not null && labels.TryGetValue(r.Key, out var value) && value == r.Value);
}
