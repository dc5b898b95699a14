using System.Collections.Generic;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

internal static class TheoryRows
{
    internal static TheoryData<string, string> Of(IEnumerable<(string Type, string Member)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, member) in rows)
        {
            data.Add(type, member);
        }

        return data;
    }
}
