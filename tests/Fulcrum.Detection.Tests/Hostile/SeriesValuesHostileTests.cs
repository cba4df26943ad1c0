using Fulcrum.Core.Time;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;
using Fulcrum.Detection.Reading;

namespace Fulcrum.Detection.Tests.Hostile;

/// <summary>
/// Values the detectors cannot compute with are refused by the reader, with the bound; values at
/// the bound give finite alarms; a NaN statistic is a programmer error, never an alarm.
/// </summary>
public class SeriesValuesHostileTests
{
    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e308")]
    [InlineData("1e400")]
    [InlineData("1000000000001")]
    public void Read_ValueTooLargeToSquareAndSum_IsRefusedWithTheBound(string value)
    {
        var text = $"date,series,value\n2021-10-01,A,1\n2021-10-02,A,{value}\n";
        var problem = Assert.Single(SeriesCsv.Read(new StringReader(text), "big.csv").Problems);
        Assert.Equal((3, 3), (problem.Line, problem.Column));
        Assert.Equal($"value '{value}' of series 'A' is too large: series values are at most 1e12 in size (|x| ≤ 1e12)", problem.Message);
    }

    [Fact]
    public void Read_HugeField_IsEchoedCut()
    {
        var text = $"date,series,value\n2021-10-01,A,{new string('x', 1_000_000)}\n";
        var problem = Assert.Single(SeriesCsv.Read(new StringReader(text), "x.csv").Problems);
        Assert.True(problem.Message.Length < 200);
    }

    [Fact]
    public void Read_DateAtTheEndOfTheCalendar_IsRefused()
    {
        // Filling or stepping past 9999-12-31 used to throw: the period after the last date must be a date.
        var problems = SeriesCsv.Read(new StringReader("date,series,value\n9999-12-30,A,1\n9999-12-31,A,2\n"), "end.csv",
            new SeriesReadOptions { Gaps = GapPolicy.Zero }).Problems;
        Assert.Equal([2, 3], problems.Select(p => p.Line));
        Assert.Equal("'9999-12-30' is too late: series dates run to 9998-12-31", problems[0].Message);
    }

    [Fact]
    public void Read_ZerosUpToTheLastDate_Fill()
    {
        var set = SeriesCsv.Read(new StringReader("date,series,value\n9998-12-29,A,1\n9998-12-31,A,2\n"), "end.csv", new SeriesReadOptions { Gaps = GapPolicy.Zero });
        Assert.Equal([1.0, 0, 2], set.ValueOrThrow().Series[0].Values.ToArray());
        Assert.Empty(set.Value!.Series[0].ToWeekly(WeekAggregate.Sum).Dates); // a partial week, dropped: its Sunday is still a date
    }

    [Fact]
    public void Read_ZerosOverTenThousandYears_AreRefusedWithTheCount()
    {
        var wide = "date," + string.Join(",", Enumerable.Range(0, 100).Select(i => $"s{i}"));
        var text = $"{wide}\n0001-01-01,{string.Join(",", Enumerable.Repeat("1", 100))}\n9998-12-31,{string.Join(",", Enumerable.Repeat("1", 100))}\n";
        var problem = Assert.Single(SeriesCsv.Read(new StringReader(text), "span.csv", new SeriesReadOptions { Gaps = GapPolicy.Zero }).Problems);
        Assert.Equal("filling missing days with zeros from 0001-01-01 to 9998-12-31 would make 365,169,400 points (100 series); at most 20,000,000 can be read", problem.Message);
    }

    public static TheoryData<IChangeDetector> Detectors => [new GaussianCusum(), new PoissonCusum(), new Bocpd(), new Bocpd(new BocpdOptions { Model = BocpdModel.Poisson })];

    [Theory]
    [MemberData(nameof(Detectors))]
    public void Detect_ValuesAtTheBound_GiveFiniteAlarms(IChangeDetector detector)
    {
        // Whole numbers (so the Poisson models run) swinging between 0 and 1e12, then a level shift at the bound.
        var values = Enumerable.Range(0, 120).Select(i => i < 60 ? (i % 2 == 0 ? 0 : 1e12) : 1e12).ToList();
        var series = new Series("edge", Period.Day, Enumerable.Range(0, 120).Select(i => new DateOnly(2020, 1, 1).AddDays(i)), values, "t");
        var run = detector.Detect(series);
        Assert.All(run.Alarms, a => Assert.True(double.IsFinite(a.Statistic) && double.IsFinite(a.BaselineMean) && double.IsFinite(a.BaselineSd)));
    }

    [Fact]
    public void Detect_SeriesBuiltInCodeBeyondTheBound_IsAProgrammerErrorNotANaNAlarm()
    {
        var values = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? -1e308 : 1e308).ToList();
        var series = new Series("wild", Period.Day, Enumerable.Range(0, 60).Select(i => new DateOnly(2020, 1, 1).AddDays(i)), values, "t");
        try
        {
            var run = new GaussianCusum().Detect(series);
            Assert.All(run.Alarms, a => Assert.True(double.IsFinite(a.Statistic)));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Assert.Contains("precondition failed", e.Message, StringComparison.Ordinal);
        }
    }
}
