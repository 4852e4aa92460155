using System.Text;

namespace LuchengReport.Api.Http;

/// <summary>
/// Log lines on standard output, one per entry (<c>info: Category[event] message</c>), written in batches. The stock
/// console logger hands every line to its own thread and writes it with a system call of its own: with a line per
/// request that cost a quarter to a third of the throughput of cached answers in the benchmark (bench/RESULTS.md).
/// Here the calling thread formats the line into a shared buffer; a timer writes the buffer out every
/// <see cref="FlushInterval"/>, and warnings, errors and a full buffer are written at once.
/// </summary>
public sealed class BatchedConsoleLoggerProvider : ILoggerProvider
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);
    const int FlushAtChars = 32 * 1024;

    readonly Lock _buffering = new();
    readonly Lock _writing = new();
    readonly Stream _stdout = Console.OpenStandardOutput();
    readonly Timer _timer;
    StringBuilder _pending = new(), _spare = new();

    public BatchedConsoleLoggerProvider()
    {
        _timer = new Timer(_ => Flush(), null, FlushInterval, FlushInterval);
        AppDomain.CurrentDomain.ProcessExit += FlushOnExit;
    }

    void FlushOnExit(object? sender, EventArgs e) => Flush();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    void Append(LogLevel level, string category, EventId eventId, string message, Exception? exception)
    {
        bool now = level >= LogLevel.Warning;
        lock (_buffering)
        {
            _pending.Append(LevelName(level)).Append(": ").Append(category).Append('[').Append(eventId.Id).Append("] ");
            AppendOneLine(_pending, message);
            if (exception is not null) AppendOneLine(_pending.Append(' '), exception.ToString());
            _pending.Append('\n');
            now |= _pending.Length >= FlushAtChars;
        }
        if (now) Flush();
    }

    /// <summary>Writes what is buffered; one writer at a time, while other threads keep logging into a fresh buffer.</summary>
    void Flush()
    {
        lock (_writing)
        {
            StringBuilder batch;
            lock (_buffering)
            {
                if (_pending.Length == 0) return;
                batch = _pending;
                _pending = _spare;
                _spare = batch;
            }
            try
            {
                foreach (var chunk in batch.GetChunks()) _stdout.Write(Encoding.UTF8.GetBytes(chunk.ToArray()));
                _stdout.Flush();
            }
            catch (IOException)
            {
                // stdout is gone (a pipe whose reader left): nothing useful can be done with the lines.
            }
            batch.Clear();
        }
    }

    static void AppendOneLine(StringBuilder line, string text)
    {
        foreach (char c in text) line.Append(c is '\r' or '\n' ? ' ' : c);
    }

    static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    public void Dispose()
    {
        // Hosts come and go in one process (tests): each provider leaves nothing behind.
        AppDomain.CurrentDomain.ProcessExit -= FlushOnExit;
        _timer.Dispose();
        Flush();
    }

    sealed class Logger(BatchedConsoleLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        // Levels are filtered by the logging configuration before a provider's logger is asked.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.None) return;
            provider.Append(logLevel, category, eventId, formatter(state, exception), exception);
        }
    }
}
