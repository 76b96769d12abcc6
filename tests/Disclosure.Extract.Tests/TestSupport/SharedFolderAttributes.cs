namespace Disclosure.Extract.Tests.TestSupport;

/// <summary>A theory over ../shared/realworld that xunit reports as skipped when a clone has no ../shared.</summary>
public sealed class RealWorldTheoryAttribute : TheoryAttribute
{
    public RealWorldTheoryAttribute()
    {
        if (SharedFolder.Realworld is null) Skip = "../shared/realworld is absent (fresh clone)";
    }
}

/// <summary>A fact over ../shared that xunit reports as skipped when a clone has no ../shared.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFolder.Path is null) Skip = "../shared is absent (fresh clone)";
    }
}
