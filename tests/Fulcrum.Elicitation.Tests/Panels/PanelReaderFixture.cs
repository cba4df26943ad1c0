using Fulcrum.Elicitation.Panels;

namespace Fulcrum.Elicitation.Tests.Panels;

/// <summary>The analysts of Fixtures/panel, read once.</summary>
internal static class PanelReaderFixture
{
    private static readonly Lazy<Panel> Panel = new(() => PanelReader.Read(Fixture.Path("panel"), Fixture.Israel).ValueOrThrow());

    public static AnalystInput Yossi() => Panel.Value.Analysts.Single(a => a.Name == "Yossi");

    public static Panel Fixtures => Panel.Value;
}
