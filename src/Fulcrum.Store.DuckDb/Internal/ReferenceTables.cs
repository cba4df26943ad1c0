using DuckDB.NET.Data;
using Fulcrum.Core.Reference;
using Fulcrum.Events.Reference;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Copies the reference tables shipped with Fulcrum into the store, so analysts can join events to
/// descriptions, Goldstein scores, quad classes and PLOVER in their own queries.
/// </summary>
internal static class ReferenceTables
{
    public static void Write(DuckDBConnection connection)
    {
        foreach (var table in new[] { "cameo_event_codes", "cameo_actor_types", "cameo_known_groups", "cameo_countries" })
            connection.Execute($"DELETE FROM {table}");
        using (var codes = connection.CreateAppender("cameo_event_codes"))
        {
            foreach (var c in CameoEventCodes.All.Values.OrderBy(c => c.Code, StringComparer.Ordinal))
                codes.CreateRow().AppendValue(c.Code).AppendValue(c.Description).AppendValue(c.Goldstein).AppendValue(c.RootCode)
                    .AppendValue((sbyte)c.QuadClass).AppendValue(c.Plover?.Category).AppendValue(c.Plover?.Mode).AppendValue(c.Plover?.Context).EndRow();
        }
        Labels(connection, "cameo_actor_types", CameoActorTypes.All);
        Labels(connection, "cameo_known_groups", CameoKnownGroups.All);
        Labels(connection, "cameo_countries", CameoCountries.All);
    }

    private static void Labels(DuckDBConnection connection, string table, IReadOnlyDictionary<string, string> labels)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var (code, label) in labels.OrderBy(p => p.Key, StringComparer.Ordinal))
            appender.CreateRow().AppendValue(code).AppendValue(label).EndRow();
    }
}
