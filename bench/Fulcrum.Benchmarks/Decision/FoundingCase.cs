using Fulcrum.Questions;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Benchmarks.Decision;

/// <summary>
/// The founding case as examine appraises it: its question answered first (the bargaining runs set
/// the us_pressure factor's levels per option), since a case with an unanswered question cannot be
/// compiled. The answer comes from the question cache after the first run.
/// </summary>
internal static class FoundingCase
{
    public static Case Answered() =>
        QuestionAnswerer.Answer(CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow()).ValueOrThrow().Case;
}
