namespace Fulcrum.Events.Schema;

/// <summary>One column of the events table.</summary>
/// <param name="Index">0-based position in the table and in canonical rows.</param>
/// <param name="Name">The snake_case column name analysts query.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Source">Where the value comes from: the GDELT field name, an ICEWS field, or how it is derived.</param>
public sealed record EventColumn(int Index, string Name, ColumnKind Kind, string Source);
