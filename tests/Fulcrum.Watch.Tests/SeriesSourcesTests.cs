using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Reading;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests;

public class SeriesSourcesTests
{
    [Fact]
    public void Open_BuiltInDyads_MissingPairDaysAreZeroAndHigherIsBetter()
    {
        var set = SeriesSources.Open("builtin:gdelt-dyads").ValueOrThrow();
        Assert.Equal(Period.Day, set.Period);
        Assert.All(set.Series, s => Assert.Equal(97, s.Count)); // 2021-10-01 .. 2022-01-05, zero-filled
        Assert.All(set.Series, s => Assert.Equal(Polarity.HigherIsBetter, s.Polarity));
        var isrRus = set.Find("ISR-RUS")!;
        Assert.Equal(2, isrRus.Values.Count(v => v == 0)); // two days with no ISR-RUS event
    }

    [Fact]
    public void Parse_BuiltIn_IsParsedOncePerProcessAndEachRunGetsItsOwnSeries()
    {
        var first = SeriesSources.Parse("builtin:gdelt-dyads").ValueOrThrow();
        Assert.Same(first, SeriesSources.Parse("builtin:gdelt-dyads").ValueOrThrow());
        // A series assembled from the shared file under one policy leaves the file as it was for the next.
        Assert.Equal(95, first.Find("ISR-RUS", new SeriesReadOptions { Gaps = GapPolicy.Skip })!.ValueOrThrow().Count);
        Assert.Equal(97, first.Find("ISR-RUS", new SeriesReadOptions { Gaps = GapPolicy.Zero })!.ValueOrThrow().Count);
        Assert.Equal(95, first.Find("ISR-RUS", new SeriesReadOptions { Gaps = GapPolicy.Skip })!.ValueOrThrow().Count);
        Assert.False(SeriesSources.Parse("builtin:no-such-series").Ok);
    }

    [Fact]
    public void Open_BuiltInWithGapsSkip_KeepsOnlyTheDaysPresent() =>
        Assert.Equal(95, SeriesSources.Open("builtin:gdelt-dyads", new SeriesSourceOptions { Gaps = GapPolicy.Skip }).ValueOrThrow().Find("ISR-RUS")!.Count);

    [Fact]
    public void Open_UnVotes_IsOneYearlySeriesOfTheMeasure()
    {
        var set = SeriesSources.Open("unvotes:ISR-RUS:kappa").ValueOrThrow();
        var series = Assert.Single(set.Series);
        Assert.Equal(("ISR-RUS kappa", Period.Year, Polarity.HigherIsBetter), (series.Name, series.Period, series.Polarity));
        Assert.Equal("s", SeriesSources.Open("unvotes:USA-RUS").ValueOrThrow().Series[0].Name.Split(' ')[1]);
    }

    [Theory]
    [InlineData("unvotes:ISR", "is not a UN-vote series")]
    [InlineData("unvotes:ISR-RUS:s:x", "is not a UN-vote series")]
    [InlineData("unvotes:ISR-RUS:tone", "'tone' is not a UN-vote measure")]
    [InlineData("unvotes:ISR-XXX", "'XXX' is not a country")]
    [InlineData("builtin:gdelt", "is not a built-in series")]
    [InlineData("/no/such/file.csv", "no such file")]
    public void Open_BadName_IsAProblem(string source, string message)
    {
        var result = SeriesSources.Open(source);
        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Open_File_UsesTheGivenPolarityAndRefusesGapsByDefault()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fulcrum-src-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "date,A\n2021-10-01,1\n2021-10-03,3\n");
            Assert.Contains("misses 1 day", SeriesSources.Open(path).Problems.Single().Message, StringComparison.Ordinal);
            var set = SeriesSources.Open(path, new SeriesSourceOptions { Gaps = GapPolicy.Zero, Polarity = Polarity.HigherIsWorse }).ValueOrThrow();
            Assert.Equal(Polarity.HigherIsWorse, set.Series[0].Polarity);
        }
        finally { File.Delete(path); }
    }
}
