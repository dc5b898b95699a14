using System;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class DependencyInjectionTests
{
    [Fact]
    public void Registers_the_system_clock_an_in_memory_ledger_and_the_gate_by_default()
    {
        using var provider = new ServiceCollection().AddBiometricConsent().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.IsType<InMemoryConsentLedger>(provider.GetRequiredService<IConsentLedger>());
        var gate = provider.GetRequiredService<ConsentGate>();
        Assert.Same(gate, provider.GetRequiredService<ConsentGate>());
        Assert.Same(provider.GetRequiredService<IConsentLedger>(), gate.Ledger);
        Assert.Same(ConsentPolicy.Default, gate.Policy);
    }

    [Fact]
    public async Task Uses_the_configured_policy_and_clock_and_an_already_registered_ledger()
    {
        var clock = new FakeClock(T0);
        var ledger = new InMemoryConsentLedger(clock);
        var policy = ConsentPolicy.Default.WithWrittenConsentRequired(true);
        using var provider = new ServiceCollection()
            .AddSingleton<IConsentLedger>(ledger)
            .AddBiometricConsent(o =>
            {
                o.Policy = policy;
                o.Clock = clock;
            })
            .BuildServiceProvider();

        var gate = provider.GetRequiredService<ConsentGate>();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(ledger, gate.Ledger);
        Assert.Same(policy, gate.Policy);

        await ledger.AppendAsync(Grant(form: ConsentForm.Written));
        Assert.True(gate.HasConsent(Alice, Purpose.AccessControl));
    }

    [Fact]
    public void Keeps_a_clock_registered_earlier_and_rejects_bad_arguments()
    {
        var clock = new FakeClock(T0);
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddBiometricConsent().BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());

        Assert.Throws<ArgumentNullException>("services", () => ConsentServiceCollectionExtensions.AddBiometricConsent(null!));
        Assert.Throws<ArgumentException>("configure", () => new ServiceCollection().AddBiometricConsent(o => o.Policy = null!));
    }
}
