using System.Globalization;
using Fulcrum.Core.Problems;

namespace Fulcrum.Store.ClickHouse;

/// <summary>
/// Where a ClickHouse store lives: <c>clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE[?cluster=NAME]</c>,
/// each HOST:PORT a server's HTTP interface. One server holds everything; with several, each is one
/// shard of the cluster <c>NAME</c> (default <c>fulcrum</c>) that the servers' <c>remote_servers</c>
/// configuration names: events are spread over the shards and read through a <c>Distributed</c>
/// table; the ledger, rejects, coverage and journal live on the first server. An optional
/// <c>user@</c> before the hosts names the ClickHouse user (the password, if any, is read from
/// <c>FULCRUM_CLICKHOUSE_PASSWORD</c>, never from the address).
/// </summary>
public sealed record ClickHouseLocation(IReadOnlyList<Uri> Servers, string Database, string? Cluster, string User)
{
    public const string Scheme = "clickhouse";

    /// <summary>The variable a password is read from.</summary>
    public const string PasswordVariable = "FULCRUM_CLICKHOUSE_PASSWORD";

    /// <summary>Whether <paramref name="location"/> names a ClickHouse store (starts with <c>clickhouse://</c>).</summary>
    public static bool Names(string location) =>
        location.StartsWith(Scheme + "://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The location's parts, or the problem with it.</summary>
    public static Checked<ClickHouseLocation> Parse(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!Names(location)) return Bad(location, "not a clickhouse:// address");
        var rest = location[(Scheme.Length + 3)..];
        string? query = null;
        var q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0) (rest, query) = (rest[..q], rest[(q + 1)..]);
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return Bad(location, "no database named after the servers");
        var (authority, database) = (rest[..slash], rest[(slash + 1)..]);
        var user = "default";
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            user = Uri.UnescapeDataString(authority[..at]);
            authority = authority[(at + 1)..];
            if (!Identifier(user)) return Bad(location, $"'{user}' is not a ClickHouse user name this address can carry (letters, digits, _)");
        }
        if (!Identifier(database)) return Bad(location, $"'{database}' is not a database name Fulcrum uses (letters, digits and _, not starting with a digit)");
        var servers = new List<Uri>();
        foreach (var part in authority.Split(','))
        {
            var colon = part.LastIndexOf(':');
            var host = colon > 0 ? part[..colon] : part;
            var port = 8123;
            if (colon > 0 && !int.TryParse(part[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
                return Bad(location, $"'{part}' is not HOST:PORT");
            if (host.Length == 0 || Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown) return Bad(location, $"'{host}' is not a host name");
            servers.Add(new Uri($"http://{host}:{port.ToString(CultureInfo.InvariantCulture)}/"));
        }
        string? cluster = null;
        foreach (var pair in (query ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq < 0 ? (pair, "") : (pair[..eq], Uri.UnescapeDataString(pair[(eq + 1)..]));
            if (key != "cluster") return Bad(location, $"unknown setting '{key}' (the address takes cluster=NAME)");
            if (!Identifier(value)) return Bad(location, $"'{value}' is not a cluster name (letters, digits, _)");
            cluster = value;
        }
        if (servers.Count > 1) cluster ??= "fulcrum";
        return Checked<ClickHouseLocation>.Success(new ClickHouseLocation(servers, database, servers.Count > 1 ? cluster : null, user));
    }

    /// <summary>Whether the store spreads its events over shards.</summary>
    public bool Sharded => Servers.Count > 1;

    /// <summary>The address as written (for messages).</summary>
    public override string ToString() =>
        $"{Scheme}://{string.Join(",", Servers.Select(s => s.Authority))}/{Database}" + (Cluster is { } c ? $"?cluster={c}" : "");

    /// <summary>A name Fulcrum puts into SQL unquoted: ASCII letters, digits and _, not starting with a digit.</summary>
    internal static bool Identifier(string name) =>
        name.Length is > 0 and <= 64 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static Checked<ClickHouseLocation> Bad(string location, string message) =>
        Checked<ClickHouseLocation>.Failure([Problem.About(Subjects.Store, $"{location}: {message}",
            "write the store as clickhouse://HOST:PORT/DATABASE, or clickhouse://HOST:PORT,HOST:PORT/DATABASE for a cluster's shards (scripts/clickhouse-up.sh prints one)")]);
}
