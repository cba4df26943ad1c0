using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Scenario.Tests;

/// <summary>
/// Each bad fixture is Fixtures/minimal.fulcrum.yaml with one thing broken; loading must report
/// that thing at its exact line and column with its exact message (and a hint), and load nothing.
/// </summary>
public class CaseLoaderBadInputTests
{
    [Theory]
    [InlineData("unknown-actor", 8, 25, "unknown actor 'UKE': not a CAMEO country code")]
    [InlineData("unknown-option-in-reaction", 49, 13, "unknown option 'sanctoin'")]
    [InlineData("duplicate-option-id", 30, 10, "duplicate option id 'stay'")]
    [InlineData("priors-not-summing", 31, 3, "scenario priors sum to 0.9, not 1")]
    [InlineData("prior-out-of-range", 31, 42, "prior of scenario 'calm' is 1.6, outside [0, 1]")]
    [InlineData("prior-range-excludes-prior", 31, 60, "prior_range [0.1, 0.5] of scenario 'calm' must lie in [0, 1] and contain the prior 0.6")]
    [InlineData("negative-weight", 24, 13, "'weight' of interest 'alliance' is negative (-0.5)")]
    [InlineData("triangular-reversed", 42, 48, "bounds of effects on 'alliance' in reaction to 'stay' under 'war' are reversed")]
    [InlineData("uniform-reversed", 47, 32, "bounds of effects on 'syria' in reaction to 'sanction' under 'calm' are reversed")]
    [InlineData("normal-bounds-reversed", 43, 50, "bounds of relations on 'USA' in reaction to 'stay' under 'war' are reversed")]
    [InlineData("reaction-unknown-scenario", 50, 15, "unknown scenario 'peace'")]
    [InlineData("missing-reaction", 34, 3, "no reaction to option 'sanction' under scenario 'war'")]
    [InlineData("missing-effect-on-interest", 37, 14, "reaction to 'stay' under 'calm' has no effect on interest 'alliance'")]
    [InlineData("tolerance-unknown-interest", 58, 29, "unknown interest 'syrai'")]
    [InlineData("depends-on-not-a-power", 23, 17, "interest 'alliance' depends on 'ISR', which is not a power of the case")]
    [InlineData("focal-is-a-power", 7, 20, "the focal state ISR cannot also be a power")]
    [InlineData("unknown-field", 24, 5, "unknown field 'weigth' in interest")]
    [InlineData("likelihood-ratio-negative", 66, 50, "likelihood ratio -2.5 of 'war' must be positive")]
    [InlineData("observation-after-as-of", 64, 53, "observation dated 2022-02-24 is after the case's as_of 2022-01-05")]
    [InlineData("format-version", 3, 10, "case-format version 2 is not supported")]
    [InlineData("two-distributions", 47, 22, "effects on 'syria' in reaction to 'sanction' under 'calm' names 2 distributions (fixed, uniform)")]
    [InlineData("effect-without-source", 41, 22, "effects on 'syria' in reaction to 'stay' under 'war' has no source")]
    [InlineData("max-breach-out-of-range", 59, 29, "max_breach_probability 10 of tolerance 'deconfliction' is outside [0, 1]")]
    [InlineData("date-invalid", 9, 8, "'as_of' of the case must be a date YYYY-MM-DD, not '2022-13-05'")]
    [InlineData("number-not-numeric", 16, 19, "'weight' of interest 'syria' must be a number, not 'lots'")]
    [InlineData("value-worst-equals-best", 17, 12, "worst and best of interest 'syria' are both 100")]
    [InlineData("yaml-syntax-error", 28, 3, "YAML syntax error after this point: an unclosed '[', '{' or quote?")]
    [InlineData("not-utf8", 20, 15, "file is not valid UTF-8 (a byte sequence that is not a character)")]
    [InlineData("empty", 0, 0, "file is empty")]
    [InlineData("alias-bomb", 8, 25, "YAML aliases expand this document to more than 5,000,000 nodes (an alias bomb?)")]
    public void LoadFile_BadFixture_ReportsExactLocationAndMessage(string fixture, int line, int column, string message)
    {
        var path = Fixture($"bad/{fixture}.fulcrum.yaml");
        var result = CaseLoader.LoadFile(path);

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems, p => p.Message == message);
        Assert.Equal((path, line, column), (problem.File, problem.Line, problem.Column));
        Assert.False(string.IsNullOrWhiteSpace(problem.Hint));
    }

    [Theory]
    [InlineData("negative-weight")]
    [InlineData("number-not-numeric")]
    [InlineData("prior-out-of-range")]
    [InlineData("value-worst-equals-best")]
    public void LoadFile_ItemThatFailedToRead_IsNotReportedAgainWhereverItIsReferenced(string fixture)
    {
        var result = CaseLoader.LoadFile(Fixture($"bad/{fixture}.fulcrum.yaml"));
        Assert.Single(result.Problems);
    }

    [Fact]
    public void LoadFile_TheMinimalFixture_Loads()
    {
        var result = CaseLoader.LoadFile(Fixture("minimal.fulcrum.yaml"));
        Assert.Empty(result.Problems);
        Assert.Equal("minimal", result.Value!.Id);
    }

    [Fact]
    public void LoadFile_OneGigabyteFile_IsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fulcrum-huge-{Guid.NewGuid():N}.fulcrum.yaml");
        try
        {
            using (var stream = File.Create(path)) stream.SetLength(1L << 30); // sparse: no data written
            var problem = Assert.Single(CaseLoader.LoadFile(path).Problems);
            Assert.Equal("file is 1,073,741,824 bytes; a case file may be at most 4,194,304 bytes", problem.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_MissingFile_SaysSo()
    {
        var problem = Assert.Single(CaseLoader.LoadFile("no/such/case.fulcrum.yaml").Problems);
        Assert.Equal(("no/such/case.fulcrum.yaml", "file not found"), (problem.File, problem.Message));
    }

    [Fact]
    public void LoadBytes_Utf16_IsRefusedAsNotUtf8()
    {
        var bytes = new byte[] { 0xFF, 0xFE, (byte)'f', 0 };
        var problem = Assert.Single(CaseLoader.LoadBytes(bytes, "x.yaml").Problems);
        Assert.Equal("file is UTF-16, not UTF-8", problem.Message);
    }

    [Fact]
    public void LoadBytes_Utf8WithBom_Loads()
    {
        var text = File.ReadAllBytes(Fixture("minimal.fulcrum.yaml"));
        var result = CaseLoader.LoadBytes([0xEF, 0xBB, 0xBF, .. text], "bom.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    [Fact]
    public void LoadText_SeveralProblems_AreAllReportedInFileOrder()
    {
        var text = File.ReadAllText(Fixture("minimal.fulcrum.yaml"))
            .Replace("actors: [ISR, USA, RUS]", "actors: [ISR, USA, RUS, XXQ]", StringComparison.Ordinal)
            .Replace("weight: 0.5", "weight: -1", StringComparison.Ordinal)
            .Replace("max_breach_probability: 0.1", "max_breach_probability: 2", StringComparison.Ordinal);
        var problems = CaseLoader.LoadText(text, "several.yaml").Problems;
        Assert.Equal(3, problems.Count);
        Assert.Equal([8, 24, 59], problems.Select(p => p.Line));
    }

    [Fact]
    public void Problem_ToString_IsCompilerStyle()
    {
        var p = new Problem("case.yaml", 3, 7, "bad thing", "fix it");
        Assert.Equal("case.yaml:3:7: bad thing — fix it", p.ToString());
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
