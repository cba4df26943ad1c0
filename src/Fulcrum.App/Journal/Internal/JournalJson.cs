using System.Text.Json;
using Fulcrum.App.Contracts;

namespace Fulcrum.App.Journal.Internal;

/// <summary>
/// How bodies are written: the contracts' JSON rules on one line. The hash chain covers the text as
/// stored, so a body is never re-serialised before it is checked.
/// </summary>
internal static class JournalJson
{
    private static readonly JsonSerializerOptions Compact = new(ContractJson.Options) { WriteIndented = false };

    public static string Write<T>(T body) => JsonSerializer.Serialize(body, Compact);

    public static T? Read<T>(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Compact);
        }
        catch (JsonException)
        {
            return default; // a body edited into something else: the chain check says so
        }
    }
}
