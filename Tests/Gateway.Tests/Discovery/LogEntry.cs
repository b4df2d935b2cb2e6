using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Discovery;

internal sealed record LogEntry(LogLevel Level, EventId EventId, string Message);
