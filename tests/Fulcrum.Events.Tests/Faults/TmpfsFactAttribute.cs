namespace Fulcrum.Events.Tests.Faults;

/// <summary>A fact that needs a <see cref="Tmpfs"/>: skipped, with the reason, where this process may not mount one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Reason = new(Tmpfs.CannotMount);

    public TmpfsFactAttribute()
    {
        if (Reason.Value is { } reason) Skip = reason;
    }
}
