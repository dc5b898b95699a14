using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace BiometricConsent.Consent;

/// <summary>Conveniences over <see cref="IConsentLedger"/>.</summary>
public static class ConsentLedgerExtensions
{
    /// <summary>Appends one event.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="event">The event.</param>
    /// <param name="cancellationToken">Cancels the append if it has not yet been committed.</param>
    /// <returns>The recorded entry, once durable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="event"/> is null.</exception>
    public static async ValueTask<ConsentLedgerEntry> AppendAsync(this IConsentLedger ledger, ConsentEvent @event, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        Preconditions.CheckNotNull(@event, nameof(@event));

        var entries = await ledger.AppendAsync(new[] { @event }, cancellationToken).ConfigureAwait(false);
        return entries[0];
    }
}
