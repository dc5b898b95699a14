using System;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace BiometricConsent.Sqlite;

/// <summary>Registers the SQLite consent ledger with a Microsoft.Extensions.DependencyInjection container.</summary>
public static class SqliteConsentServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteConsentLedger"/> on <paramref name="path"/> as the singleton
    /// <see cref="IConsentLedger"/>, replacing any ledger registered before (such as the in-memory default of
    /// <c>AddBiometricConsent</c>), and as itself. The file is opened when the ledger is first resolved, with the
    /// container's <see cref="IClock"/>; the container disposes it. Unless <paramref name="configure"/> sets
    /// <see cref="SqliteConsentLedgerOptions.Logger"/>, the ledger logs through the container's
    /// <see cref="ILoggerFactory"/> when there is one, and nowhere otherwise.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="path">The database file; its directory must exist.</param>
    /// <param name="configure">
    /// Adjusts the ledger's settings; it must set <see cref="SqliteConsentLedgerOptions.Protection"/> (the documented path:
    /// pseudonymous subjects and encrypted, erasable personal fields) or, to accept personal data in clear,
    /// <see cref="SqliteConsentLedgerOptions.AllowUnprotectedPersonalData"/>.
    /// </param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="configure"/> is null or sets neither <see cref="SqliteConsentLedgerOptions.Protection"/> nor
    /// <see cref="SqliteConsentLedgerOptions.AllowUnprotectedPersonalData"/>.
    /// </exception>
    public static IServiceCollection AddSqliteConsentLedger(this IServiceCollection services, string path, Action<SqliteConsentLedgerOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services, nameof(services));
        Preconditions.CheckNotNull(path, nameof(path));
        Preconditions.CheckArgument(path.Trim().Length != 0, nameof(path), "The database path must not be empty or white space.");

        var options = new SqliteConsentLedgerOptions();
        configure?.Invoke(options);
        LedgerRegistration.RequireProtection(options.Protection is not null, options.AllowUnprotectedPersonalData, nameof(SqliteConsentLedgerOptions), nameof(AddSqliteConsentLedger));
        return LedgerRegistration.Add<SqliteConsentLedger>(services, (_, clock, logger) =>
        {
            var settings = options.Clone();
            settings.Logger ??= logger;
            return SqliteConsentLedger.Open(path, clock, settings);
        });
    }
}
