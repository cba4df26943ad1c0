using Fulcrum.Scenario.BuiltIn;
using static Fulcrum.Cli.Tests.Weights.WeightsCli;

namespace Fulcrum.Cli.Tests.Weights;

public class WeightsSwingCommandTests
{
    // Ratings 100, 80, 40, 20, 15, 15, 10 (sum 280), by hand: each rating over 280.
    private static readonly Dictionary<string, double> ByHand = new(StringComparer.Ordinal)
    {
        ["us_backing"] = 100 / 280.0,
        ["syria_freedom"] = 80 / 280.0,
        ["us_iran_coordination"] = 40 / 280.0,
        ["russian_speakers"] = 20 / 280.0,
        ["russia_trade"] = 15 / 280.0,
        ["rus_goodwill"] = 15 / 280.0,
        ["me_channel"] = 10 / 280.0,
    };

    [Fact]
    public void Swing_File_GivesTheHandComputedWeights()
    {
        var root = Json(CliRunner.Run("weights", "swing", "--file", Fixture("israel-2022-swing.csv"), "--case", "builtin:israel-2022", "--json"));

        Assert.Equal(["schema_version", "case", "file", "weights", "ratings", "copy"], root.EnumerateObject().Select(p => p.Name));
        foreach (var (id, w) in ByHand) Assert.Equal(w, WeightsOf(root)[id], 12);
        var tied = root.GetProperty("ratings").EnumerateArray().Where(r => r.GetProperty("rank").GetInt32() == 5).Select(r => r.GetProperty("interest").GetString());
        Assert.Equal(["russia_trade", "rus_goodwill"], tied);
    }

    [Fact]
    public void Swing_InteractiveOnStdin_RanksByIdOrNumberWithTiesAndAsksARefusedRatingAgain()
    {
        // 3 is the third swing shown (us_iran_coordination); russia_trade = rus_goodwill are tied; 120 is refused.
        const string answers = "us_backing, syria_freedom, 3, russian_speakers, russia_trade = rus_goodwill, me_channel\n80\n40\n120\n20\n15\n10\n";

        var run = Run(answers, "weights", "swing", "--json");

        foreach (var (id, w) in ByHand) Assert.Equal(w, WeightsOf(Json(run))[id], 12);
        Assert.Contains("4. russia_trade: Bilateral trade with Russia: from 0 to 3.5 USD bn per year", run.Error, StringComparison.Ordinal);
        Assert.Contains("not recorded: rating 120 is outside 0-100", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Swing_InteractiveRankingThatLeavesSwingsOut_IsAskedAgain()
    {
        var run = Run("us_backing\nus_backing, syria_freedom, 3, russian_speakers, russia_trade = rus_goodwill, me_channel\n80\n40\n20\n15\n10\n", "weights", "swing");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not recorded: interests syria_freedom, us_iran_coordination, russia_trade, russian_speakers, rus_goodwill, me_channel not ranked", run.Error, StringComparison.Ordinal);
        Assert.Contains("us_backing", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Swing_InteractiveAnswersEndBeforeTheRanking_IsExit2()
    {
        var run = Run("", "weights", "swing");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: ranking: the answers ended before the swings were ranked", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Swing_BadRatingFile_IsExit2WithLineAndColumn()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var file = temp.Write("swing.csv", File.ReadAllText(Fixture("israel-2022-swing.csv")).Replace("syria_freedom,2,80", "syria_freedom,2,180", StringComparison.Ordinal));

        var run = CliRunner.Run("weights", "swing", "--file", file, "--case", "builtin:israel-2022");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {file}:3:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Swing_CaseOut_WritesPointWeightsIntoACopy()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var copy = temp.File("swing.fulcrum.yaml");

        var run = CliRunner.Run("weights", "swing", "--file", Fixture("israel-2022-swing.csv"), "--out", copy);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"wrote {copy}: a copy of builtin:israel-2022 with the weights from swing weighting", run.Out, StringComparison.Ordinal);
        Assert.Contains("us_backing weight [0.25, 0.40] -> 0.3571", run.Out, StringComparison.Ordinal);
        Assert.Equal(BuiltInCases.Text(BuiltInCases.Default)!.Split('\n').Length, File.ReadAllText(copy).Split('\n').Length);
    }
}
