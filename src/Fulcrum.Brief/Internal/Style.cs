namespace Fulcrum.Brief.Internal;

/// <summary>The page's only style: readable on screen, and on paper (A4, no backgrounds needed, figures not split across pages).</summary>
internal static class Style
{
    public const string Css = """
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 1.8rem; }
        .recommendation { border: 2px solid #111; padding: 0.8rem 1rem; margin: 1rem 0; }
        .recommendation strong { font-size: 1.25rem; }
        .caveat, .degraded { color: #7a4b00; }
        table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #bbb; padding: 0.15rem 0.45rem; text-align: left; vertical-align: top; }
        caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
        figure.chart { margin: 0.8rem 0; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { width: 100%; height: auto; }
        figcaption { font-size: 0.85rem; color: #333; }
        .meta { font-size: 0.85rem; color: #333; }
        @page { size: A4; margin: 14mm; }
        @media print { body { max-width: none; margin: 0; } h2 { break-after: avoid; } a { color: #111; } }
        """;
}
