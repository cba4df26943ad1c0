using Fulcrum.Questions;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>
/// The founding case as examine appraises it: loaded, its question (how hard Washington presses
/// Israel) answered by the spatial model's runs, which set us_pressure's probabilities per option.
/// Answered once per test run.
/// </summary>
internal static class FoundingCase
{
    private static readonly Lazy<Case> Lazy = new(() =>
        QuestionAnswerer.Answer(CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow()).ValueOrThrow().Case);

    public static Case Answered => Lazy.Value;
}
