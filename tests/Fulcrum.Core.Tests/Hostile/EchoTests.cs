using Fulcrum.Core.Text;

namespace Fulcrum.Core.Tests.Hostile;

public class EchoTests
{
    [Fact]
    public void Value_ShortText_IsWhole() => Assert.Equal("lots", Echo.Value("lots"));

    [Fact]
    public void Value_HugeText_IsCutToEightyCharactersWithAnEllipsis()
    {
        var echoed = Echo.Value(new string('9', 100_000_000));
        Assert.Equal(Echo.MaxLength, echoed.Length);
        Assert.EndsWith("…", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_CutNeverSplitsASurrogatePair()
    {
        var text = new string('a', Echo.MaxLength - 2) + "😀😀😀";
        var echoed = Echo.Value(text);
        Assert.DoesNotContain(echoed, char.IsSurrogate);
        Assert.EndsWith("…", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_Null_IsEmpty() => Assert.Equal("", Echo.Value(null));

    [Theory]
    [InlineData(1e308, "1E+308")]
    [InlineData(-1.7976931348623157e308, "-1.7976931348623157E+308")]
    [InlineData(0.1, "0.1")]
    [InlineData(5e-324, "5E-324")]
    [InlineData(42, "42")]
    public void Number_IsShortAndRoundTrips(double x, string expected)
    {
        Assert.Equal(expected, Echo.Number(x));
        Assert.Equal(x, double.Parse(Echo.Number(x), System.Globalization.CultureInfo.InvariantCulture));
    }
}
