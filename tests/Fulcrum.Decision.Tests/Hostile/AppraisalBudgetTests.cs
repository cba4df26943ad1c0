using Fulcrum.Core.Problems;
using Fulcrum.Decision.Internal;

namespace Fulcrum.Decision.Tests.Hostile;

/// <summary>
/// The memory an appraisal keeps grows with options × draws × interests; past
/// <see cref="AppraisalOptions.MemoryBudgetBytes"/> it is refused before anything is allocated
/// (1,000 options × 1,000,000 draws once reached 23.4 GB).
/// </summary>
public class AppraisalBudgetTests
{
    private static CaseBuilder Options(int options, int interests = 1)
    {
        var b = new CaseBuilder().Scenario("s", 1);
        for (var i = 0; i < interests; i++) b.Interest($"i{i}", 1, 1);
        for (var o = 0; o < options; o++) b.Option($"o{o}");
        return b;
    }

    [Fact]
    public void Appraise_ThousandOptionsMillionDraws_IsRefusedWithTheFigure()
    {
        var c = Options(1000).Build();
        var result = Appraiser.Appraise(c, new AppraisalOptions { Draws = 1_000_000, MaxDegreeOfParallelism = 2 });
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Subjects.Draws, problem.Subject);
        Assert.Equal("this case would need 20.1 GB for 1,000 options × 1 interest × 1,000,000 draws; the limit is 4 GB", problem.Message);
        Assert.Equal("use fewer draws: at most 198,622 fit", problem.Hint);
    }

    [Fact]
    public void Appraise_TooLargeEvenAtTheFewestDraws_SaysToAppraiseLess()
    {
        // 10,000 options on 10,000 interests: refused before the reactions are looked at, so none are made.
        var small = Options(10_000).Build();
        var c = small with { Interests = [.. Enumerable.Range(0, 10_000).Select(i => small.Interests[0] with { Id = $"i{i}" })], Reactions = [] };
        var problem = Assert.Single(Appraiser.Appraise(c, new AppraisalOptions { Draws = AppraisalOptions.MinDraws, MaxDegreeOfParallelism = 2 }).Problems);
        Assert.StartsWith("this case would need ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("even 100 draws do not fit: appraise fewer options or interests", problem.Hint);
    }

    [Fact]
    public void Appraise_TheHintsDrawCount_Fits()
    {
        var c = Options(1000).Build();
        var options = new AppraisalOptions { Draws = 198_622, MaxDegreeOfParallelism = 2, Sensitivity = false };
        // Without the sensitivities the values are not kept: the same draws need less, so these fit.
        Assert.DoesNotContain(Appraiser.Appraise(c, options with { Draws = 100 }).Problems, p => p.Subject == Subjects.Draws);
        Assert.Null(AppraisalMemory.Check(c, options));
    }

    [Fact]
    public void Bytes_GrowWithOptionsDrawsAndInterests()
    {
        var small = AppraisalMemory.Bytes(Options(10, 5).Build(), new AppraisalOptions { Draws = 10_000, MaxDegreeOfParallelism = 1 });
        Assert.True(AppraisalMemory.Bytes(Options(20, 5).Build(), new AppraisalOptions { Draws = 10_000, MaxDegreeOfParallelism = 1 }) > 1.5 * small);
        Assert.True(AppraisalMemory.Bytes(Options(10, 5).Build(), new AppraisalOptions { Draws = 20_000, MaxDegreeOfParallelism = 1 }) > 1.9 * small);
        Assert.True(AppraisalMemory.Bytes(Options(10, 10).Build(), new AppraisalOptions { Draws = 10_000, MaxDegreeOfParallelism = 1 }) > 1.5 * small);
    }
}
