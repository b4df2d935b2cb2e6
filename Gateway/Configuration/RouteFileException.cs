namespace Gateway.Configuration;

/// <summary>The route file is invalid at startup; the message lists every error with its key path.</summary>
public sealed class RouteFileException : Exception
{
    public RouteFileException()
    {
        Errors = [];
    }

    public RouteFileException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public RouteFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public RouteFileException(IReadOnlyList<string> errors)
        : base("The route file is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
