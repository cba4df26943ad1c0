using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection.Reading;

namespace Fulcrum.Detection.Tests;

public class SeriesCsvTests
{
    private static Checked<SeriesSet> Read(string text, GapPolicy gaps = GapPolicy.Error) =>
        SeriesCsv.Read(new StringReader(text), "input.csv", new SeriesReadOptions { Gaps = gaps });

    private static Problem OneProblem(string text, GapPolicy gaps = GapPolicy.Error)
    {
        var result = Read(text, gaps);
        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("input.csv", problem.File);
        return problem;
    }

    [Fact]
    public void Read_LongFormat_OneSeriesPerName()
    {
        var set = Read("date,series,value\n2021-10-01,A,1\n2021-10-01,B,5\n2021-10-02,A,2\n2021-10-02,B,6\n").ValueOrThrow();
        Assert.Equal(["A", "B"], set.Series.Select(s => s.Name));
        Assert.Equal(Period.Day, set.Period);
        Assert.Equal([1.0, 2.0], set.Find("a")!.Values.ToArray());
    }

    [Fact]
    public void Read_WideFormat_OneSeriesPerColumn()
    {
        var set = Read("date,RUS-UKR,ISR-USA\n2021-10-01,-12.5,30\n2021-10-02,-40,31.25\n").ValueOrThrow();
        Assert.Equal(["RUS-UKR", "ISR-USA"], set.Series.Select(s => s.Name));
        Assert.Equal([-12.5, -40.0], set.Series[0].Values.ToArray());
    }

    [Fact]
    public void Read_UnsortedRows_AreSortedByDate()
    {
        var series = Read("date,series,value\n2021-10-03,A,3\n2021-10-01,A,1\n2021-10-02,A,2\n").ValueOrThrow().Series.Single();
        Assert.Equal([1.0, 2.0, 3.0], series.Values.ToArray());
        Assert.Equal(new DateOnly(2021, 10, 1), series.Dates[0]);
    }

    [Fact]
    public void Read_DuplicateDate_IsAProblemNamingBothLines()
    {
        var p = OneProblem("date,series,value\n2021-10-01,A,1\n2021-10-02,A,2\n2021-10-01,A,7\n");
        Assert.Equal(4, p.Line);
        Assert.Contains("'A' has date 2021-10-01 twice (lines 2, 4)", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date,series,value\n2021-10-01,A,1\n2021-10-02,A,abc\n", 3, 3, "value 'abc' of series 'A' is not a number")]
    [InlineData("date,series,value\n2021-10-01,A,\"1,234\"\n", 2, 3, "value '1,234' of series 'A' is not a number")]
    [InlineData("date,series,value\n2021-10-01,A,Infinity\n", 2, 3, "is not a number")]
    [InlineData("date,A,B\n2021-10-01,1,x\n", 2, 3, "value 'x' of series 'B' is not a number")]
    [InlineData("date,series,value\n01/10/2021,A,1\n", 2, 1, "'01/10/2021' is not a date")]
    [InlineData("date,series,value\n2021-10-01,A,1\n2021-10,A,2\n", 3, 1, "'2021-10' is a month, but earlier dates are days")]
    [InlineData("date,series,value\n2021-10-01,A\n", 2, 0, "the row has 2 fields, the header 3")]
    [InlineData("date,series,value\n2021-10-01,,1\n", 2, 2, "the series name is empty")]
    [InlineData("when,series,value\n2021-10-01,A,1\n", 1, 1, "the first column is 'when', not 'date'")]
    [InlineData("date,A,A\n2021-10-01,1,2\n", 1, 3, "series 'A' is named twice")]
    [InlineData("date,series,value\n", 1, 0, "a header but no data rows")]
    [InlineData("", 0, 0, "the file is empty")]
    public void Read_BadInput_IsAProblemWithLineAndColumn(string text, int line, int column, string message)
    {
        var p = OneProblem(text);
        Assert.Equal((line, column), (p.Line, p.Column));
        Assert.Contains(message, p.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(p.Hint));
    }

    [Fact]
    public void Read_ManyBadRows_ReportsThemAllUpToTheLimit()
    {
        var text = "date,series,value\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"2021-10-{(i % 28) + 1:00},A{i},x\n"));
        var result = SeriesCsv.Read(new StringReader(text), "input.csv", new SeriesReadOptions { MaxProblems = 10 });
        Assert.Equal(11, result.Problems.Count); // ten, and one saying reading stopped
        Assert.Contains(result.Problems, p => p.Message.Contains("stopped after 10 problems", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_GapWithErrorPolicy_NamesTheFirstMissingDate()
    {
        var p = OneProblem("date,series,value\n2021-10-01,A,1\n2021-10-02,A,2\n2021-10-05,A,5\n2021-10-07,A,7\n");
        Assert.Contains("series 'A' misses 3 days between 2021-10-01 and 2021-10-07, the first 2021-10-03", p.Message, StringComparison.Ordinal);
        Assert.Contains("{gaps} zero", p.Hint, StringComparison.Ordinal);
        Assert.Equal(4, p.Line);
    }

    [Fact]
    public void Read_GapWithZeroPolicy_FillsTheWholeFileRangeWithZeros()
    {
        var set = Read("date,series,value\n2021-10-01,A,1\n2021-10-04,A,4\n2021-10-02,B,2\n", GapPolicy.Zero).ValueOrThrow();
        Assert.Equal([1.0, 0, 0, 4], set.Find("A")!.Values.ToArray());
        Assert.Equal([0.0, 2, 0, 0], set.Find("B")!.Values.ToArray()); // B spans the file's range too
    }

    [Fact]
    public void Read_GapWithSkipPolicy_KeepsThePointsPresent()
    {
        var series = Read("date,series,value\n2021-10-01,A,1\n2021-10-04,A,4\n", GapPolicy.Skip).ValueOrThrow().Series.Single();
        Assert.Equal([new DateOnly(2021, 10, 1), new DateOnly(2021, 10, 4)], series.Dates.ToArray());
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("")]
    [InlineData("NaN")]
    public void Read_MissingValueInWideFile_IsAGap(string missing)
    {
        var p = OneProblem($"date,A\n2021-10-01,1\n2021-10-02,{missing}\n2021-10-03,3\n");
        Assert.Contains("misses 1 day", p.Message, StringComparison.Ordinal);
        Assert.Equal([1.0, 0, 3], Read($"date,A\n2021-10-01,1\n2021-10-02,{missing}\n2021-10-03,3\n", GapPolicy.Zero).ValueOrThrow().Series[0].Values.ToArray());
    }

    [Fact]
    public void Read_SinglePoint_IsReadAndTheDetectorSaysItIsTooShort()
    {
        var series = Read("date,series,value\n2021-10-01,A,1\n").ValueOrThrow().Series.Single();
        Assert.Equal(1, series.Count);
        Assert.Contains("has 1 point", new Cusum.GaussianCusum().Unsuitable(series), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date,A\n2003-01,1\n2003-02,2\n", Period.Month)]
    [InlineData("date,A\n200301,1\n200302,2\n", Period.Month)]
    [InlineData("date,A\n2003-01-01,1\n2003-02-01,2\n", Period.Month)]
    [InlineData("date,A\n2011,1\n2012,2\n", Period.Year)]
    [InlineData("date,A\n2021-10-04,1\n2021-10-11,2\n2021-10-18,3\n", Period.Week)]
    [InlineData("date,A\n20211004,1\n20211005,2\n", Period.Day)]
    public void Read_DateForms_GiveThePeriod(string text, Period period) =>
        Assert.Equal(period, Read(text).ValueOrThrow().Period);

    [Fact]
    public void Read_CommentsAndBlankLines_AreSkipped() =>
        Assert.Equal(2, Read("# exported 2022-01-05\ndate,A\n\n2021-10-01,1\n2021-10-02,2\n").ValueOrThrow().Series[0].Count);

    [Fact]
    public void ReadFile_GzipAndMissingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fulcrum-series-{Guid.NewGuid():N}.csv.gz");
        try
        {
            using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Optimal))
            using (var w = new StreamWriter(gz)) w.Write("date,A\n2021-10-01,1\n2021-10-02,2\n");
            Assert.Equal(2, SeriesCsv.ReadFile(path).ValueOrThrow().Series[0].Count);
        }
        finally { File.Delete(path); }
        var missing = SeriesCsv.ReadFile("/no/such/file.csv");
        Assert.Contains("no such file", missing.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_TheYearlyCountFileAsPublished_IsRefusedWithAHint()
    {
        // The icy-swan yearly counts are 'TotalCount,YEAR': not a series file until the date comes first.
        var p = SeriesCsv.ReadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "icyswan_RUS_UKR_yearly_counts_2011_2021.csv")).Problems.Single();
        Assert.Contains("the first column is 'TotalCount', not 'date'", p.Message, StringComparison.Ordinal);
    }
}
