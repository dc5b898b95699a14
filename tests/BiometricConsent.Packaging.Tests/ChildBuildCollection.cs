namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// Tests that start `dotnet pack` or `dotnet build` as child processes run one at a time and share one
/// <see cref="IsolatedBuild"/>: the packages and the sample are built once per test run, into one private folder.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildBuildCollection : ICollectionFixture<IsolatedBuild>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Child builds";
}
