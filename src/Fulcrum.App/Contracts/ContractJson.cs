using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Fulcrum.App.Contracts;

/// <summary>
/// The one JSON shape of every result (the CLI's JSON output, the REST API): snake_case property
/// names, dictionary keys as given (actor codes, option ids), indented, non-finite numbers as
/// strings, enums as snake_case text, and a <c>schema_version</c> first in every top-level record.
/// </summary>
public static class ContractJson
{
    /// <summary>The version of every contract's shape: raised when a field is renamed or removed (added fields do not raise it).</summary>
    public const int SchemaVersion = 1;

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>A contract record as JSON.</summary>
    public static string Serialize<T>(T value) where T : class => JsonSerializer.Serialize(value, Options);

    /// <summary>A contract record back from JSON (for clients and round-trip tests).</summary>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>
    /// A model record that is its own contract (the case, for <c>case show</c>), with
    /// <c>schema_version</c> put first like every contract's.
    /// </summary>
    public static string SerializeModel<T>(T model) where T : class
    {
        var node = JsonSerializer.SerializeToNode(model, Options)!.AsObject();
        var withVersion = new JsonObject { ["schema_version"] = SchemaVersion };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            withVersion[key] = value;
        }
        return withVersion.ToJsonString(Options);
    }
}

/// <summary>Every top-level contract record: its shape's version comes first.</summary>
public abstract record Contract
{
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = ContractJson.SchemaVersion;
}
