using System.Text;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using NodaTime;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>The fast decoder used on open reads exactly what the encoder writes, and gives up on everything else.</summary>
public sealed class Utf8EventDecoderTests
{
    public static TheoryData<ConsentEvent> Events() => new TheoryData<ConsentEvent>
    {
        Grant(),
        Grant(Bob, at: T0 + Duration.FromTicks(1), purposes: new[] { Purpose.AccessControl, Purpose.Payment }, functions: RecognitionFunction.Verification | RecognitionFunction.Identification),
        Grant(giver: ConsentGiver.Guardian("Zhang \"Wei\" <guardian>", "mother"), birthDate: new LocalDate(2015, 2, 28), expiresAt: Instant.FromUtc(2030, 12, 31, 23, 59, 59) + Duration.FromNanoseconds(123_456_700), timeZone: DateTimeZoneProviders.Tzdb["Asia/Shanghai"], evidence: "form-17 ✓", key: "request-1"),
        Grant(giver: ConsentGiver.Guardian("li"), at: Instant.FromUtc(1, 1, 1, 0, 0)),
        new ConsentWithdrawn(Alice, T0),
        new ConsentWithdrawn(Alice, T0 + Duration.FromMilliseconds(5), new[] { Purpose.Payment }, "by phone\nsecond line") { IdempotencyKey = "w" },
        new BiometricDataDeleted(Alice, Instant.FromUtc(9999, 12, 31, 23, 59, 59)),
        new BiometricDataDeleted(Alice, T0, "templates purged") { IdempotencyKey = "d" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Reads_every_encoded_event_as_the_slow_path_does(ConsentEvent e)
    {
        var payload = EventCodec.Encode(e, "e");
        Assert.True(Utf8EventDecoder.TryDecode(e.Subject, (long)e.Kind, Encoding.UTF8.GetBytes(payload), out var fast));
        var slow = EventCodec.Decode(e.Subject, (long)e.Kind, payload);
        Assert.Equal(payload, EventCodec.Encode(fast!, "e"));
        Assert.Equal(EventCodec.Encode(slow, "e"), EventCodec.Encode(fast!, "e"));
        Assert.Equal(e.OccurredAt, fast!.OccurredAt);
        Assert.Equal(e.IdempotencyKey, fast.IdempotencyKey);
    }

    [Theory]
    [InlineData("2.1.3", true)]
    [InlineData("0", true)]
    [InlineData("007.010", true)]
    [InlineData("999999999.1", true)]
    [InlineData(" 2 ", true)]
    [InlineData("2\\u002E1", true)]
    [InlineData("2.", false)]
    [InlineData(".2", false)]
    [InlineData("2..1", false)]
    [InlineData("1.2.3.4", false)]
    [InlineData("1234567890", false)]
    [InlineData("-1", false)]
    [InlineData("", false)]
    public void Reads_notice_versions_as_NoticeVersion_TryParse_does(string notice, bool valid)
    {
        var payload = System.Text.RegularExpressions.Regex.Replace(EventCodec.Encode(Grant(), "e"), "\"noticeVersion\":\"[^\"]*\"", "\"noticeVersion\":\"" + notice + "\"");
        Assert.Contains(notice, payload, System.StringComparison.Ordinal);

        var decoded = Utf8EventDecoder.TryDecode(Alice, 1, Encoding.UTF8.GetBytes(payload), out var fast);

        Assert.Equal(valid, decoded);
        if (valid)
        {
            var slow = (ConsentGranted)EventCodec.Decode(Alice, 1, payload);
            Assert.Equal(slow.NoticeVersion, ((ConsentGranted)fast!).NoticeVersion);
        }
        else
        {
            Assert.ThrowsAny<System.FormatException>(() => EventCodec.Decode(Alice, 1, payload));
        }
    }

    [Fact]
    public void Each_decoded_event_keeps_its_own_purposes()
    {
        // The decoder reuses one list per thread for the purposes it reads: each event keeps its own set.
        var payment = EventCodec.Encode(Grant(purposes: new[] { Purpose.Payment }), "e");
        var both = EventCodec.Encode(Grant(purposes: new[] { Purpose.AccessControl, Purpose.Login }), "e");
        Assert.True(Utf8EventDecoder.TryDecode(Alice, 1, Encoding.UTF8.GetBytes(payment), out var first));
        Assert.True(Utf8EventDecoder.TryDecode(Alice, 1, Encoding.UTF8.GetBytes(both), out var second));

        Assert.Equal(new[] { Purpose.Payment }, ((ConsentGranted)first!).Purposes);
        Assert.Equal(new[] { Purpose.AccessControl, Purpose.Login }, ((ConsentGranted)second!).Purposes);
    }

    [Theory]
    [InlineData(1, """{"grantedAt":"2026-03-01T08:00:00Z"}""")]
    [InlineData(2, """{"withdrawnAt":"2026-03-01T08:00:00Z","purposes":null,"note":null,"note":null}""")]
    [InlineData(2, """{"withdrawnAt":"2026-03-01T08:00:00Z","purposes":null,"note":null,"extra":1}""")]
    [InlineData(2, """{"withdrawnAt":"2026-02-30T08:00:00Z","purposes":null,"note":null}""")]
    [InlineData(2, """{"withdrawnAt":"2026-03-01T08:00:00.Z","purposes":null,"note":null}""")]
    [InlineData(2, """{"withdrawnAt":"2026-03-01T08:00:00+08:00","purposes":null,"note":null}""")]
    [InlineData(2, """{"withdrawnAt":"2026-03-01T08:00:00Z","purposes":[99],"note":null}""")]
    [InlineData(2, """{"withdrawnAt":"2026-03-01T08:00:00Z","purposes":["1"],"note":null}""")]
    [InlineData(3, """{"deletedAt":"2026-03-01T08:00:00Z","note":7}""")]
    [InlineData(3, """{"deletedAt":"2026-03-01T08:00:00Z","note":null,"protected":{"keyId":"k","data":"AA=="}}""")]
    [InlineData(3, """[1]""")]
    [InlineData(4, """{}""")]
    public void Gives_up_on_anything_the_encoder_does_not_write(long kind, string payload)
    {
        Assert.False(Utf8EventDecoder.TryDecode(Alice, kind, Encoding.UTF8.GetBytes(payload), out var result));
        Assert.Null(result);
    }
}
