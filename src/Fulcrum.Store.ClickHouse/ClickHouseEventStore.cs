using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Store.ClickHouse.Internal;

namespace Fulcrum.Store.ClickHouse;

/// <summary>
/// The event store in a ClickHouse database, on one server or spread over a cluster's shards
/// (<see cref="ClickHouseLocation"/>), spoken to over ClickHouse's HTTP interface. The same
/// questions and answers as the DuckDB store, and the same ingest guarantees, kept without
/// transactions (ClickHouse has none): a file's rows carry its ingest ID and count only once its
/// ledger row is written, which is the last thing an ingest writes (docs/clickhouse.md). One process
/// writes a store at a time; any number may read it.
/// </summary>
public sealed partial class ClickHouseEventStore : IEventStore
{
    private readonly HttpClient _http;
    private readonly ChServer[] _shards;
    private readonly ClickHouseLocation _location;
    private readonly TimeProvider _time;
    private readonly bool _readOnly;
    private readonly string _db;

    private ClickHouseEventStore(ClickHouseLocation location, HttpClient http, ChServer[] shards, TimeProvider time, bool readOnly)
    {
        _location = location;
        _http = http;
        _shards = shards;
        _time = time;
        _readOnly = readOnly;
        _db = location.Database;
        Location = location.ToString();
    }

    public string Location { get; }

    /// <summary>The server holding the ledger, rejects, coverage and journal, and answering queries.</summary>
    private ChServer First => _shards[0];

    /// <summary>The table queries read events from: the Distributed table on a cluster.</summary>
    private string Events => $"{_db}.events";

    /// <summary>Each server's own events table.</summary>
    private string LocalEvents => _location.Sharded ? $"{_db}.events_local" : $"{_db}.events";

    private string T(string table) => $"{_db}.{table}";

    /// <summary>
    /// Opens the store at <paramref name="location"/>, creating its database and tables on every server
    /// unless <paramref name="readOnly"/>. Problems: a bad address, a server that does not answer,
    /// no store there (read-only), a database that is not a Fulcrum store or of another version.
    /// </summary>
    public static async Task<Checked<ClickHouseEventStore>> OpenAsync(
        string location, bool readOnly, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var parsed = ClickHouseLocation.Parse(location);
        if (parsed.Value is not { } where) return Checked<ClickHouseEventStore>.Failure(parsed.Problems);
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var password = Environment.GetEnvironmentVariable(ClickHouseLocation.PasswordVariable);
        var shards = where.Servers.Select(s => new ChServer(http, s, where.User, string.IsNullOrEmpty(password) ? null : password)).ToArray();
        var store = new ClickHouseEventStore(where, http, shards, time ?? TimeProvider.System, readOnly);
        try
        {
            var problem = readOnly ? await store.CheckSchemaAsync(cancellationToken).ConfigureAwait(false) : await store.CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                store.Dispose();
                return Checked<ClickHouseEventStore>.Failure([problem]);
            }
        }
        catch (ChUnreachableException e)
        {
            store.Dispose();
            return Checked<ClickHouseEventStore>.Failure([Problem.About(Subjects.Store, $"{where}: {e.Message}",
                "start the server (scripts/clickhouse-up.sh starts a local one), or check the address")]);
        }
        catch (ChException e)
        {
            store.Dispose();
            return Checked<ClickHouseEventStore>.Failure([Problem.About(Subjects.Store, $"{where}: {e.Message}",
                "check that the user may create and read tables in that database, and that every server of the address is a shard of the cluster")]);
        }
        return Checked<ClickHouseEventStore>.Success(store);
    }

    private async Task<Problem?> CreateSchemaAsync(CancellationToken ct)
    {
        foreach (var s in _shards)
        {
            await s.ExecuteAsync($"CREATE DATABASE IF NOT EXISTS {_db}", ct).ConfigureAwait(false);
            await s.ExecuteAsync(ChSchema.EventsTable(_db, _location.Sharded ? "events_local" : "events"), ct).ConfigureAwait(false);
            await s.ExecuteAsync(ChSchema.EventIds(_db), ct).ConfigureAwait(false);
            if (_location.Cluster is { } cluster)
            {
                await CheckClusterAsync(s, cluster, ct).ConfigureAwait(false);
                await s.ExecuteAsync(ChSchema.Distributed(_db, cluster), ct).ConfigureAwait(false);
            }
        }
        foreach (var statement in ChSchema.Metadata(_db)) await First.ExecuteAsync(statement, ct).ConfigureAwait(false);
        var version = await MetaAsync("schema_version", ct).ConfigureAwait(false);
        if (version is null)
        {
            await First.InsertAsync(T("fulcrum_meta"), Tsv.Content(
                Tsv.Row("schema_version", ChSchema.Version.ToString(CultureInfo.InvariantCulture))
                + Tsv.Row("created_by", "Fulcrum " + FulcrumVersion)
                + Tsv.Row("shards", _shards.Length.ToString(CultureInfo.InvariantCulture))), ct).ConfigureAwait(false);
            return null;
        }
        return await VersionProblemAsync(version, ct).ConfigureAwait(false);
    }

    /// <summary>The cluster must list exactly the address's servers, as shards, in order (a shard missing from it would be read by no query).</summary>
    private async Task CheckClusterAsync(ChServer s, string cluster, CancellationToken ct)
    {
        var shards = await s.CountAsync($"SELECT count() FROM system.clusters WHERE cluster = {ChSql.Str(cluster)}", ct).ConfigureAwait(false);
        if (shards != _shards.Length)
            throw new ChException(s.Name, 0, shards == 0
                ? $"the server knows no cluster '{cluster}' (its remote_servers configuration): give its name as ?cluster=NAME"
                : $"the cluster '{cluster}' has {shards} shard(s) there, but the address names {_shards.Length} server(s): name each shard's HTTP address, in the cluster's order");
    }

    private async Task<Problem?> CheckSchemaAsync(CancellationToken ct)
    {
        var tables = await First.CountAsync(
            $"SELECT count() FROM system.tables WHERE database = {ChSql.Str(_db)} AND name IN ({ChSql.List(["fulcrum_meta", "events", "ingest_ledger", "ingest_rejects"])})", ct).ConfigureAwait(false);
        if (tables == 0)
            return Problem.About(Subjects.Store, $"no event store at {Location}", "ingest files first (they create it), or give the store's address");
        if (tables < 4)
            return Problem.About(Subjects.Store, $"the database {_db} at {Location} is not a Fulcrum event store (no events and ingest_ledger tables)", "give the address of a store made by ingesting into it");
        var version = await MetaAsync("schema_version", ct).ConfigureAwait(false);
        return await VersionProblemAsync(version, ct).ConfigureAwait(false);
    }

    private async Task<Problem?> VersionProblemAsync(string? version, CancellationToken ct)
    {
        if (version != ChSchema.Version.ToString(CultureInfo.InvariantCulture))
            return Problem.About(Subjects.Store, $"the store's schema version is {version ?? "missing"}; this Fulcrum reads version {ChSchema.Version}", "use the Fulcrum that made the store, or ingest into a new database");
        var shards = await MetaAsync("shards", ct).ConfigureAwait(false);
        if (shards is not null && shards != _shards.Length.ToString(CultureInfo.InvariantCulture))
            return Problem.About(Subjects.Store, $"the store at {Location} was made on {shards} shard(s), but the address names {_shards.Length}",
                "name every shard's server in the address, in the cluster's order");
        return null;
    }

    private async Task<string?> MetaAsync(string key, CancellationToken ct)
    {
        var rows = await First.QueryAsync($"SELECT value FROM {T("fulcrum_meta")} WHERE key = {ChSql.Str(key)} LIMIT 1", ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].GetProperty("value").GetString();
    }

    /// <summary>
    /// The newest ledger ID: the rows every query counts are those with an ingest ID up to it (an
    /// ingest's rows above it are of a file under way or abandoned, removed before the next commit).
    /// </summary>
    private async Task<long> CommittedAsync(CancellationToken ct) =>
        await First.CountAsync($"SELECT max(ingest_id) FROM {T("ingest_ledger")}", ct).ConfigureAwait(false);

    internal static string FulcrumVersion { get; } = typeof(ClickHouseEventStore).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The database, for tests that look at the tables directly.</summary>
    internal string Database => _db;

    /// <summary>The servers, for tests that look at the tables directly.</summary>
    internal IReadOnlyList<ChServer> Servers => _shards;

    public void Dispose() => _http.Dispose();
}
