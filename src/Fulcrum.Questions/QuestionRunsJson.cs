using System.Text.Json;

namespace Fulcrum.Questions;

/// <summary>
/// Kept runs as a small JSON document, for a cache that keeps them in files
/// (<see cref="IQuestionRunCache"/>): <c>{"Unperturbed":…,"Forecasts":[…],"Refused":…,"FirstRefusal":…}</c>.
/// Written and read with the JSON writer and document rather than the serialiser: the serialiser's
/// generic machinery is compiled afresh in every process, a tenth of a second of a short command.
/// </summary>
public static class QuestionRunsJson
{
    public static byte[] Write(QuestionRuns runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber(nameof(QuestionRuns.Unperturbed), runs.Unperturbed);
            json.WriteStartArray(nameof(QuestionRuns.Forecasts));
            foreach (var forecast in runs.Forecasts) json.WriteNumberValue(forecast);
            json.WriteEndArray();
            json.WriteNumber(nameof(QuestionRuns.Refused), runs.Refused);
            if (runs.FirstRefusal is null) json.WriteNull(nameof(QuestionRuns.FirstRefusal));
            else json.WriteString(nameof(QuestionRuns.FirstRefusal), runs.FirstRefusal);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The runs in <paramref name="utf8"/>, or null when it is not such a document (a damaged or foreign file).</summary>
    public static QuestionRuns? Read(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(nameof(QuestionRuns.Unperturbed), out var unperturbed) || unperturbed.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty(nameof(QuestionRuns.Forecasts), out var forecasts) || forecasts.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty(nameof(QuestionRuns.Refused), out var refused) || refused.ValueKind != JsonValueKind.Number)
                return null;
            var values = new double[forecasts.GetArrayLength()];
            var i = 0;
            foreach (var forecast in forecasts.EnumerateArray())
            {
                if (forecast.ValueKind != JsonValueKind.Number) return null;
                values[i++] = forecast.GetDouble();
            }
            var first = root.TryGetProperty(nameof(QuestionRuns.FirstRefusal), out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            return new QuestionRuns(unperturbed.GetDouble(), values, refused.GetInt32(), first);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }
}
