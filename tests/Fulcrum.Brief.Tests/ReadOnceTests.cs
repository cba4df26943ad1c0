namespace Fulcrum.Brief.Tests;

/// <summary>The brief reads the case and its data once: the examination and the balance sheet share them.</summary>
public class ReadOnceTests
{
    [Fact]
    public void Assemble_BuiltInCase_ExaminationAndBalanceShareOneLoadedCase()
    {
        var brief = BriefFixture.Assemble();

        Assert.NotNull(brief.Balance);
        Assert.Same(brief.Examination.Case, brief.Balance.Case);
    }

    [Fact]
    public void Assemble_BuiltInCase_ListsEachSourceOnce_EverythingTheExaminationAndTheBalanceSheetRead()
    {
        var brief = BriefFixture.Assemble();
        var read = brief.Read!;

        Assert.Equal(read.Series.Select(s => s.Path).Distinct(StringComparer.Ordinal).Count(), read.Series.Count);
        Assert.Superset(brief.Examination.Identity.Data.Series.Select(s => s.Path).ToHashSet(StringComparer.Ordinal), read.Series.Select(s => s.Path).ToHashSet(StringComparer.Ordinal));
        Assert.Superset(brief.Balance!.Identity.Data.Series.Select(s => s.Path).ToHashSet(StringComparer.Ordinal), read.Series.Select(s => s.Path).ToHashSet(StringComparer.Ordinal));
    }
}
