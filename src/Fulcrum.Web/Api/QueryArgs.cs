using System.Globalization;
using Fulcrum.Core.Problems;
using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Api;

/// <summary>A request's query parameters, parsed strictly: a value that does not parse is a problem naming the parameter, never a default.</summary>
internal sealed class QueryArgs(HttpRequest request)
{
    private readonly List<Problem> _problems = [];

    public IReadOnlyList<Problem> Problems => _problems;

    public string? Text(string name) => request.Query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

    public DateOnly? Date(string name)
    {
        if (Text(name) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        _problems.Add(Problem.About(name, $"'{text}' is not a date", "write dates as YYYY-MM-DD, e.g. 2022-01-05"));
        return null;
    }

    public long? Integer(string name, long min, long max)
    {
        if (Text(name) is not { } text) return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        _problems.Add(Problem.About(name, $"'{text}' is not a whole number from {min} to {max}", $"give {name} as a whole number from {min} to {max}"));
        return null;
    }

    public bool Flag(string name)
    {
        if (Text(name) is not { } text) return false;
        if (bool.TryParse(text, out var b)) return b;
        _problems.Add(Problem.About(name, $"'{text}' is not true or false", $"give {name}=true or {name}=false"));
        return false;
    }

    public string[] List(string name) => [.. request.Query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public void Add(Problem problem) => _problems.Add(problem);
}
