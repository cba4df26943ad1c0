using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>
/// The one JSON shape of every command: snake_case property names, dictionary keys as given
/// (actor codes, option ids), indented, non-finite numbers as strings, enums as snake_case text.
/// </summary>
public static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);
}
