namespace Fulcrum.App.Stores;

/// <summary>
/// The event store a request reads or writes: a location, and whether the user named it. A store
/// the user named must open (or the request fails saying why); the default store is read only
/// when it exists, since most cases need no events.
/// </summary>
/// <param name="Location">A file path or a server address.</param>
/// <param name="Named">Whether the user named it (rather than the host's default).</param>
public sealed record StoreRef(string Location, bool Named);
