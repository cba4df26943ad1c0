namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>An error ClickHouse answered with: its code (<c>Code: 60</c>: no such table) and message.</summary>
internal sealed class ChException : Exception
{
    public ChException(string server, int code, string message) : base($"{server}: ClickHouse error {code}: {message}")
    {
        Server = server;
        Code = code;
        ServerMessage = message;
    }

    public ChException() : this("", 0, "") { }

    public ChException(string message) : this("", 0, message) { }

    public ChException(string message, Exception innerException) : base(message, innerException)
    {
        Server = "";
        ServerMessage = message;
    }

    public string Server { get; }

    public int Code { get; }

    public string ServerMessage { get; }

    /// <summary>UNKNOWN_TABLE.</summary>
    public const int UnknownTable = 60;

    /// <summary>UNKNOWN_DATABASE.</summary>
    public const int UnknownDatabase = 81;
}

/// <summary>A server that did not answer (refused, reset, timed out).</summary>
internal sealed class ChUnreachableException : Exception
{
    public ChUnreachableException(string server, Exception innerException)
        : base($"the ClickHouse server {server} did not answer ({innerException.Message})", innerException) => Server = server;

    public ChUnreachableException() : base("a ClickHouse server did not answer") => Server = "";

    public ChUnreachableException(string message) : base(message) => Server = "";

    public string Server { get; }
}

/// <summary>Thrown by a test's seam to stop an ingest as a killed process would: nothing is cleaned up after it.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException() : base("simulated crash") { }

    public SimulatedCrashException(string message) : base(message) { }

    public SimulatedCrashException(string message, Exception innerException) : base(message, innerException) { }
}
