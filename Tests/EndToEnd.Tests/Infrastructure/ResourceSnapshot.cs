using System.Net;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// The exact bytes the API returns for a set of resources, so a test can show a rejected request
/// changed or lost nothing: take one before, one after, compare.
/// </summary>
internal sealed class ResourceSnapshot
{
    private readonly SortedDictionary<string, string> _bodies = new(StringComparer.Ordinal);

    public static async Task<ResourceSnapshot> TakeAsync(HttpClient client, IEnumerable<string> paths)
    {
        var snapshot = new ResourceSnapshot();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            snapshot._bodies[path] = response.StatusCode == HttpStatusCode.OK ? body : $"status {(int)response.StatusCode}";
        }

        return snapshot;
    }

    /// <summary>One line per resource that differs from <paramref name="before"/>; empty when nothing changed.</summary>
    public IReadOnlyList<string> DifferencesFrom(ResourceSnapshot before) =>
        [.. before._bodies
            .Where(b => !_bodies.TryGetValue(b.Key, out var now) || now != b.Value)
            .Select(b => $"{b.Key}: was {b.Value}, now {_bodies.GetValueOrDefault(b.Key) ?? "missing"}")];
}
