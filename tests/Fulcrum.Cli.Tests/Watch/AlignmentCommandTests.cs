using System.Text.Json;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.Cli.Tests.Watch;

public class AlignmentCommandTests
{
    private static JsonElement Pairs(params string[] args)
    {
        var run = CliRunner.Run(["alignment", .. args, "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("pairs").Clone();
    }

    [Fact]
    public void Alignment_Json_HasEveryMeasureOfTheLibrary()
    {
        var pair = Pairs("ISR", "RUS", "--from-year", "2014", "--to-year", "2014")[0];
        var row = PairAlignment.Compute(UnVoteData.BuiltIn, new AlignmentQuery("ISR", "RUS") { FromYear = 2014, ToYear = 2014 }).ValueOrThrow().Rows.Single();
        Assert.Equal(2014, pair.GetProperty("year").GetInt32());
        Assert.Equal(("ISR", "RUS"), (pair.GetProperty("a").GetString(), pair.GetProperty("b").GetString()));
        Assert.Equal(row.Votes, pair.GetProperty("votes").GetInt32());
        Assert.Equal(row.Agree, pair.GetProperty("agree").GetDouble());
        Assert.Equal(row.AgreeVoeten, pair.GetProperty("agree_voeten").GetDouble());
        Assert.Equal(row.S, pair.GetProperty("s").GetDouble());
        Assert.Equal(row.Kappa, pair.GetProperty("kappa").GetDouble());
        Assert.Equal(row.Pi, pair.GetProperty("pi").GetDouble());
        Assert.Equal(row.IdealPointDistance, pair.GetProperty("idealpoint_distance").GetDouble());
    }

    [Fact]
    public void Alignment_YearsWithoutCommonVotes_AreNoDataNotZero()
    {
        var pairs = Pairs("ISR", "RUS", "--from-year", "1946", "--to-year", "1949");
        var first = pairs[0];
        Assert.Equal(0, first.GetProperty("votes").GetInt32());
        foreach (var measure in new[] { "agree", "agree_voeten", "s", "kappa", "pi", "idealpoint_distance" })
            Assert.Equal(JsonValueKind.Null, first.GetProperty(measure).ValueKind);
        Assert.Equal(JsonValueKind.Number, pairs[3].GetProperty("agree").ValueKind);

        var table = CliRunner.Run("alignment", "ISR", "RUS", "--from-year", "1946", "--to-year", "1949");
        Assert.Contains("no data", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Alignment_BySessionAndSpan()
    {
        var sessions = Pairs("USA", "RUS", "--from-year", "2018", "--by", "session");
        Assert.Equal([73, 74], sessions.EnumerateArray().Select(p => p.GetProperty("session").GetInt32()));
        var span = Pairs("USA", "RUS", "--from-year", "2010", "--to-year", "2019", "--by", "span");
        Assert.Equal(1, span.GetArrayLength());
        Assert.Equal((2010, 2019), (span[0].GetProperty("first_year").GetInt32(), span[0].GetProperty("last_year").GetInt32()));
    }

    [Fact]
    public void Alignment_ImportantAndIssues_FilterTheRollCalls()
    {
        var all = Pairs("ISR", "USA", "--from-year", "2010", "--to-year", "2010")[0].GetProperty("roll_calls").GetInt32();
        var important = Pairs("ISR", "USA", "--from-year", "2010", "--to-year", "2010", "--important")[0].GetProperty("roll_calls").GetInt32();
        var issues = Pairs("ISR", "USA", "--from-year", "2010", "--to-year", "2010", "--issue", "me", "--issue", "hr")[0].GetProperty("roll_calls").GetInt32();
        Assert.InRange(important, 1, all - 1);
        Assert.InRange(issues, 1, all - 1);
    }

    [Fact]
    public void Alignment_Table_NamesTheCountriesAndTheMappingNote()
    {
        var run = CliRunner.Run("alignment", "USA", "RUS", "--from-year", "1985", "--to-year", "1986");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("USA (United States) - RUS (Russia)", run.Out, StringComparison.Ordinal);
        Assert.Contains("the USSR until 1991", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'ISX' is not a country of the UN vote data", "ISX", "RUS")]
    [InlineData("the first year 2019 is after the last year 2010", "ISR", "RUS", "--from-year", "2019", "--to-year", "2010")]
    [InlineData("there are no roll calls between 2030 and 2031", "ISR", "RUS", "--from-year", "2030", "--to-year", "2031")]
    public void Alignment_BadInput_ExitsTwoWithAMessage(string message, params string[] args)
    {
        var run = CliRunner.Run(["alignment", .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Alignment_UnknownCountry_IsOneLineWithNoStrayColon()
    {
        var run = CliRunner.Run("alignment", "ISR", "XYZ");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith("error: 'XYZ' is not a country of the UN vote data — ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ISR", "RUS", "--issue", "xx")]
    [InlineData("ISR", "RUS", "--by", "decade")]
    [InlineData("ISR")]
    public void Alignment_BadOption_IsAUsageError(params string[] args) =>
        Assert.Equal(1, CliRunner.Run(["alignment", .. args]).ExitCode);
}
