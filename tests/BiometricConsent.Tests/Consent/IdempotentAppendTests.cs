using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

/// <summary>An event's idempotency key makes a retried append return the entry recorded the first time.</summary>
public class IdempotentAppendTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_key_is_refused(string key) =>
        Assert.Throws<ArgumentException>("IdempotencyKey", () => new ConsentWithdrawn(Alice, T0) { IdempotencyKey = key });

    [Fact]
    public void A_key_longer_than_the_limit_is_refused()
    {
        Assert.Equal("k", new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "k" }.IdempotencyKey);
        _ = new ConsentWithdrawn(Alice, T0) { IdempotencyKey = new string('k', ConsentEvent.MaxIdempotencyKeyLength) };
        Assert.Throws<ArgumentException>("IdempotencyKey", () => new ConsentWithdrawn(Alice, T0) { IdempotencyKey = new string('k', ConsentEvent.MaxIdempotencyKeyLength + 1) });
    }
}
