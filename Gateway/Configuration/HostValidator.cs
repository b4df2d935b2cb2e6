using Gateway.Configuration.File;

namespace Gateway.Configuration;

/// <summary>A static address needs a host and a port in 1–65535.</summary>
internal static class HostValidator
{
    public static void Validate(FileHostAndPort host, string path, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(host.Host))
        {
            errors.Add($"{path}.Host: is required.");
        }

        if (host.Port is < 1 or > 65535)
        {
            errors.Add($"{path}.Port: {host.Port} is not a port (1-65535).");
        }
    }
}
