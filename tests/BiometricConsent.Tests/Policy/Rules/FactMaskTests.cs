using System.Linq;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using Xunit;

namespace BiometricConsent.Tests.Policy.Rules;

/// <summary>
/// The fact masks behind <see cref="FactSet"/>, deciding facts and read logs hold facts past the 64th: the catalog
/// uses 62 today, and the rules of the next instruments add more.
/// </summary>
public class FactMaskTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(127)]
    public void A_fact_on_either_side_of_the_64th_is_held_alone(int index)
    {
        var mask = FactMask.Of(index);
        Assert.True(mask.Has(index));
        Assert.Equal(1, mask.Count);
        Assert.False(mask.Has(index == 0 ? 1 : index - 1));
        Assert.True((mask & ~FactMask.Of(index)).IsEmpty);
        Assert.Equal(mask, FactMask.Empty | mask);
    }

    [Fact]
    public void Facts_in_both_words_combine_and_count()
    {
        var mask = FactMask.Of(3) | FactMask.Of(70) | FactMask.Of(127);
        Assert.Equal(3, mask.Count);
        Assert.Equal(new[] { 3, 70, 127 }, Enumerable.Range(0, FactMask.Capacity).Where(mask.Has));
        Assert.Equal(FactMask.Of(70), mask & FactMask.Of(70));
        Assert.NotEqual(FactMask.Of(6), FactMask.Of(70));
        Assert.Equal(FactMask.Capacity, FactMask.All.Count);
    }

    [Fact]
    public void Every_fact_of_the_table_round_trips_through_a_fact_set()
    {
        var all = FactSet.Of(FactIndex.Paths.ToArray());
        Assert.Equal(FactIndex.Paths, all.Paths);
        Assert.All(FactIndex.Paths, path => Assert.True(all.Contains(path)));
        Assert.False(FactSet.Of(FactPaths.Consent.Obtained).Contains(FactPaths.Consent.Separate));
    }
}
