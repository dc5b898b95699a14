using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class InMemoryConsentLedgerTests
{
    [Fact]
    public void Argument_checks_name_the_parameter()
    {
        Assert.Throws<ArgumentNullException>("clock", () => new InMemoryConsentLedger(null!));
        var kit = new ConsentTestKit();
        Assert.Throws<ArgumentException>("subject", () => kit.Ledger.GetState(default));
        Assert.Throws<ArgumentException>("subject", () => { kit.Ledger.ReadSubjectAsync(default); });
    }

    [Fact]
    public async Task Snapshots_cannot_be_altered_through_the_lists_they_expose()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        var entries = await kit.Ledger.ReadSubjectAsync(Alice);
        Assert.False(entries is ConsentLedgerEntry[]);
        Assert.Throws<NotSupportedException>(() => ((IList<ConsentLedgerEntry>)entries)[0] = null!);
        Assert.Throws<NotSupportedException>(() => ((IList<Purpose>)Grant().Purposes).Add(Purpose.Login));
    }

    [Fact]
    public async Task Count_is_the_number_of_recorded_entries_and_a_retry_returns_the_same_entry()
    {
        var kit = new ConsentTestKit();
        Assert.Equal(0, kit.Ledger.Count);
        await kit.Ledger.AppendAsync(new ConsentEvent[] { Grant(key: "k"), Grant(subject: Bob) });
        var first = (await kit.Ledger.ReadSubjectAsync(Alice))[0];

        Assert.Same(first, kit.Append(Grant(key: "k")));
        Assert.Equal(2, kit.Ledger.Count);
    }
}
