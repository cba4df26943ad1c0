using System.Xml;
using System.Xml.Linq;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>Where an XML node is, for problems: its 1-based line and column (0 when unknown).</summary>
internal static class XmlSpot
{
    public static int Line(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static int Column(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 0;
}
