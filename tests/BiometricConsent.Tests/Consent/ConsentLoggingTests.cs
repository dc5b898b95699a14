using System;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Tests.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime.Testing;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class ConsentLoggingTests
{
    private const int ConsentDenied = 100;
    private const int InMemoryLedgerCreated = 110;

    private readonly CapturingLoggerFactory logs = new CapturingLoggerFactory();
    private readonly FakeClock clock = new FakeClock(T0);
    private readonly InMemoryConsentLedger ledger;
    private readonly ConsentGate gate;

    public ConsentLoggingTests()
    {
        ledger = new InMemoryConsentLedger(clock);
        gate = new ConsentGate(ledger, clock, logger: logs.CreateLogger<ConsentGate>());
    }

    [Fact]
    public async Task A_denied_check_is_logged_with_its_reason_and_without_the_subject()
    {
        await ledger.AppendAsync(Grant(modalities: Modality.Face | Modality.Iris, functions: RecognitionFunction.Verification | RecognitionFunction.Identification));
        await ledger.AppendAsync(new ConsentWithdrawn(Alice, T0));

        Assert.False(gate.HasConsent(Alice, Purpose.AccessControl, RecognitionFunction.Identification, Modality.Face | Modality.Iris));

        var entry = Assert.Single(logs.Entries);
        Assert.Equal("BiometricConsent.Consent.ConsentGate", entry.Category);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal(new EventId(ConsentDenied, "ConsentDenied"), entry.EventId);
        Assert.Equal(ConsentDenialReason.Withdrawn, entry.Values["Reason"]);
        Assert.Equal(Purpose.AccessControl, entry.Values["Purpose"]);
        Assert.Equal(RecognitionFunction.Identification, entry.Values["Function"]);
        Assert.Equal(Modality.Face | Modality.Iris, entry.Values["Modality"]);
        Assert.Matches("^[0-9a-f]{12}$", (string)entry.Values["SubjectRef"]!);
        Assert.StartsWith("Consent check denied (Withdrawn) for AccessControl (Face, Iris Identification), subject ref ", entry.Message, StringComparison.Ordinal);
        Assert.Contains("was withdrawn at 2026-03-01T08:00:00Z (PIPL Art. 15)", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", entry.Message, StringComparison.OrdinalIgnoreCase);
        Assert.All(entry.Values.Values, value => Assert.DoesNotContain("alice", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_check_form_logs_its_denial_and_a_granted_check_logs_nothing()
    {
        await ledger.AppendAsync(Grant());
        Assert.True(gate.HasConsent(Alice, Purpose.AccessControl));
        gate.Require(Alice, Purpose.AccessControl);
        Assert.True(await gate.HasConsentAsync(Alice, Purpose.AccessControl));
        await gate.RequireAsync(Alice, Purpose.AccessControl);
        Assert.Empty(logs.Entries);

        Assert.False(gate.HasConsent(Bob, Purpose.AccessControl));
        Assert.Throws<ConsentRequiredException>(() => gate.Require(Alice, Purpose.Payment));
        Assert.False(await gate.HasConsentAsync(Alice, Purpose.AccessControl, modality: Modality.Voice));
        await Assert.ThrowsAsync<ConsentRequiredException>(async () => await gate.RequireAsync(Alice, Purpose.AccessControl, RecognitionFunction.Detection));

        Assert.Equal(
            new object?[] { ConsentDenialReason.NoRecord, ConsentDenialReason.PurposeNotCovered, ConsentDenialReason.ModalityNotCovered, ConsentDenialReason.FunctionNotCovered },
            logs.WithEvent(ConsentDenied).Select(e => e.Values["Reason"]));
    }

    [Fact]
    public async Task A_granted_check_allocates_nothing_with_logging_on()
    {
        await ledger.AppendAsync(Grant());
        for (var i = 0; i < 100; i++)
        {
            gate.HasConsent(Alice, Purpose.AccessControl);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            gate.HasConsent(Alice, Purpose.AccessControl);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public void Evaluations_are_not_checks_and_log_nothing()
    {
        Assert.False(gate.Evaluate(Alice, Purpose.AccessControl).IsGranted);
        Assert.False(gate.EvaluateAt(Alice, Purpose.AccessControl, T0).IsGranted);
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public void The_subject_reference_follows_the_subject_within_the_process()
    {
        gate.HasConsent(Alice, Purpose.AccessControl);
        gate.WithPolicy(ConsentPolicy.Default.WithWrittenConsentRequired(true)).HasConsent(Alice, Purpose.Payment);
        gate.HasConsent(Bob, Purpose.AccessControl);

        var references = logs.WithEvent(ConsentDenied).Select(e => e.Values["SubjectRef"]).ToArray();
        Assert.Equal(3, references.Length);
        Assert.Equal(references[0], references[1]);
        Assert.NotEqual(references[0], references[2]);
    }

    [Fact]
    public void Nothing_is_logged_below_the_enabled_level()
    {
        var quiet = new CapturingLoggerFactory(LogLevel.Warning);
        var quietGate = new ConsentGate(ledger, clock, logger: quiet.CreateLogger<ConsentGate>());
        Assert.False(quietGate.HasConsent(Alice, Purpose.AccessControl));
        Assert.Empty(quiet.Entries);
    }

    [Fact]
    public void The_in_memory_ledger_warns_that_it_is_not_durable()
    {
        _ = new InMemoryConsentLedger(clock, logs.CreateLogger<InMemoryConsentLedger>());

        var entry = Assert.Single(logs.Entries);
        Assert.Equal(new EventId(InMemoryLedgerCreated, "InMemoryLedgerCreated"), entry.EventId);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("BiometricConsent.Consent.InMemoryConsentLedger", entry.Category);
    }

    [Fact]
    public void AddBiometricConsent_logs_through_a_registered_logger_factory()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddBiometricConsent(o => o.Clock = clock)
            .BuildServiceProvider();

        Assert.False(provider.GetRequiredService<ConsentGate>().HasConsent(Alice, Purpose.AccessControl));

        Assert.Equal(
            new[] { "BiometricConsent.Consent.InMemoryConsentLedger", "BiometricConsent.Consent.ConsentGate" },
            logs.Entries.Select(e => e.Category));
        Assert.Equal(ConsentDenialReason.NoRecord, logs.WithEvent(ConsentDenied)[0].Values["Reason"]);
    }
}
