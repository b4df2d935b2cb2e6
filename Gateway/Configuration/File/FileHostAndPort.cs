namespace Gateway.Configuration.File;

/// <summary>A static downstream address.</summary>
public sealed class FileHostAndPort
{
    public string? Host { get; set; }

    public int Port { get; set; }
}
