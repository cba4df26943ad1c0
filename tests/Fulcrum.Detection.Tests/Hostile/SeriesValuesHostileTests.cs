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
