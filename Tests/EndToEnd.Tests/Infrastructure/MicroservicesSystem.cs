using Microservices.Tests.Common;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole system on loopback as real processes: UserService instance(s) sharing one database and
/// signing key, PostService validating tokens by the UserService's authority, and the gateway
/// reading the repository's route file with static addresses of those instances.
/// </summary>
internal sealed class MicroservicesSystem : IAsyncDisposable
{
    private readonly TestRunDirectories _directories;
    private readonly List<ProgramProcess> _userServices = [];

    private MicroservicesSystem(TestRunDirectories directories) => _directories = directories;

    public IReadOnlyList<ProgramProcess> UserServices => _userServices;

    public ProgramProcess PostService { get; private set; } = null!;

    /// <summary>The data folder the UserService instances share (database, Development signing key).</summary>
    public string UserDataDirectory => _directories.DataFor("userservice");

    public ProgramProcess Gateway { get; private set; } = null!;

    public IEnumerable<ProgramProcess> All => [.. _userServices, PostService, Gateway];

    public static async Task<MicroservicesSystem> StartAsync(string name, int userServiceInstances = 1)
    {
        var system = new MicroservicesSystem(new TestRunDirectories(name));
        try
        {
            await system.StartProgramsAsync(userServiceInstances);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A client for the gateway, from its own loopback address (<see cref="LoopbackSource"/>), so
    /// its rate-limit window is its own; one per test class is enough (it pools connections).
    /// </summary>
    public HttpClient CreateGatewayClient(HttpMessageHandler? handler = null) =>
        new(handler ?? LoopbackSource.NextHandler(), disposeHandler: true)
        {
            BaseAddress = Gateway.BaseAddress,
            Timeout = TimeSpan.FromSeconds(15),
        };

    /// <summary>Attaches every program's log to the current test's result (call on failure).</summary>
    public void AttachLogs()
    {
        foreach (var program in All.Where(p => p is not null))
        {
            TestContext.AddTestAttachment(program.LogPath, program.Name + " stdout/stderr");
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Gateway first, so it does not log the services disappearing under it.
        foreach (var program in All.Reverse().Where(p => p is not null))
        {
            await program.DisposeAsync();
        }

        _directories.Dispose();
    }

    private async Task StartProgramsAsync(int userServiceInstances)
    {
        var userData = _directories.DataFor("userservice");
        for (var i = 1; i <= userServiceInstances; i++)
        {
            var instance = Programs.UserService($"userservice-{i}", userData, _directories.Logs);
            _userServices.Add(instance);

            // One after the other: the first applies the migrations, the next finds them applied.
            await instance.StartAsync(Programs.ReadyTimeout);
        }

        // In dependency order: each program's port is known only once it listens, and the PostService
        // needs the UserService's address, the gateway's route file every service's.
        var authority = _userServices[0].BaseAddress;
        PostService = Programs.PostService("postservice", _directories.DataFor("postservice"), authority, _directories.Logs);
        await PostService.StartAsync(Programs.ReadyTimeout);

        var routeFile = GatewayRouteFiles.WriteStatic(_directories.DataFor("gateway"), new Dictionary<string, IReadOnlyList<int>>
        {
            ["userservice"] = [.. _userServices.Select(s => s.Port)],
            ["postservice"] = [PostService.Port],
        });
        Gateway = Programs.Gateway("gateway", routeFile, authority, _directories.Logs);
        await Gateway.StartAsync(Programs.ReadyTimeout);
    }
}
