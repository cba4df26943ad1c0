namespace Fulcrum.Events.Reference;

/// <summary>
/// Which actors count as the state when a dyad is limited to state actors: an actor whose first CAMEO type is a
/// state institution (government, military, police, judiciary, intelligence, legislature), or the
/// country itself with no further role (actor code equal to the country code, as GDELT codes
/// "Russia" or "Moscow said"). Both actors of an event must qualify.
/// </summary>
public static class StateActors
{
    /// <summary>The CAMEO types of state institutions.</summary>
    public static IReadOnlyList<string> Types { get; } = ["GOV", "MIL", "COP", "JUD", "SPY", "LEG"];

    public static bool IsState(string? actorCode, string? countryCode, string? type1Code) =>
        countryCode is not null && (actorCode == countryCode || (type1Code is not null && Types.Contains(type1Code)));

    public static bool IsState(ActorFields actor) => IsState(actor.Code, actor.CountryCode, actor.Type1Code);
}
