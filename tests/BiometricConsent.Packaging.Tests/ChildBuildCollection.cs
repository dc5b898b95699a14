namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// Tests that start `dotnet pack` or `dotnet build` on the repository's projects run one at a time: two child
/// builds reading and writing the same obj/ folders at once would race.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildBuildCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Child builds";
}
