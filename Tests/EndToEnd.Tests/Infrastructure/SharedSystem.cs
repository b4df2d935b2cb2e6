namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// One system (one UserService, PostService, gateway) shared by the suites that only read or add
/// their own data: starting processes is the slow part, so it happens once per run, on first use.
/// The fault suites start their own.
/// </summary>
internal static class SharedSystem
{
    private const int SeededUsers = 5;

    private static readonly Lock Gate = new();
    private static Task<SeededSystem>? _started;

    public static Task<SeededSystem> GetAsync()
    {
        lock (Gate)
        {
            return _started ??= StartAsync();
        }
    }

    public static async Task StopAsync()
    {
        Task<SeededSystem>? started;
        lock (Gate)
        {
            started = _started;
            _started = null;
        }

        if (started is { IsCompletedSuccessfully: true })
        {
            await started.Result.System.DisposeAsync();
        }
    }

    private static async Task<SeededSystem> StartAsync()
    {
        var system = await MicroservicesSystem.StartAsync("shared");

        // Seeded straight at the UserService, so a gateway fault shows up in the gateway tests, not here.
        using var direct = new HttpClient { BaseAddress = system.UserServices[0].BaseAddress };
        var api = new ApiDriver(direct);
        var users = new List<RegisteredUser>();
        for (var i = 0; i < SeededUsers; i++)
        {
            users.Add(await api.RegisterAsync(bio: $"Seeded user {i}"));
        }

        return new SeededSystem(system, users);
    }
}
