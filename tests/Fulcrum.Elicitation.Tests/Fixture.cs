using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Tests;

/// <summary>The test fixtures (Fixtures/SOURCE.md) and the built-in case.</summary>
internal static class Fixture
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(Path(parts));

    public static string IsraelText => BuiltInCases.Text("israel-2022")!;

    public static Case Israel => CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow();

    private static readonly Lazy<Case> Answered = new(() => Questions.QuestionAnswerer.Answer(Israel).ValueOrThrow().Case);

    /// <summary>The built-in case with its question answered (the spatial model's runs set us_pressure per option), as examine and a panel appraise it.</summary>
    public static Case IsraelAnswered => Answered.Value;

    public static IReadOnlyList<string> IsraelInterests => [.. Israel.Interests.Select(i => i.Id)];

    /// <summary>A scratch folder under the test's temp directory, removed by the caller.</summary>
    public static string TempFolder()
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fulcrum-elicitation-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
