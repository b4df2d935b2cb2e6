using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace UserService.Tests.Support;

/// <summary>Keeps every log line (message, state values, exception and scopes) for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static void AppendScope(object? scope, System.Text.StringBuilder line)
    {
        if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                line.Append($" {key}={value}");
            }

            return;
        }

        line.Append($" scope={scope}");
    }

    private sealed class CapturingLogger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append($" {key}={value}");
                }
            }

            owner._scopes.ForEachScope(AppendScope, line);
            line.Append(exception);
            owner._lines.Enqueue(line.ToString());
        }
    }
}
