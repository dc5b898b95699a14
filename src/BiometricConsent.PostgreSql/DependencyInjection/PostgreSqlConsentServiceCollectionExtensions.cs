using System;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace BiometricConsent.PostgreSql;

/// <summary>Registers the PostgreSQL consent ledger with a Microsoft.Extensions.DependencyInjection container.</summary>
public static class PostgreSqlConsentServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="PostgreSqlConsentLedger"/> on the database of <paramref name="connectionString"/> as the
    /// singleton <see cref="IConsentLedger"/>, replacing any ledger registered before (such as the in-memory default of
    /// <c>AddBiometricConsent</c>), and as itself. The ledger is opened when first resolved, with the container's
    /// <see cref="IClock"/>; the container disposes it. Unless <paramref name="configure"/> sets
    /// <see cref="PostgreSqlConsentLedgerOptions.Logger"/>, the ledger logs through the container's
    /// <see cref="ILoggerFactory"/> when there is one, and nowhere otherwise.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">
    /// Adjusts the ledger's settings; it must set <see cref="PostgreSqlConsentLedgerOptions.Protection"/> (the documented path:
    /// pseudonymous subjects and encrypted, erasable personal fields) or, to accept personal data in clear,
    /// <see cref="PostgreSqlConsentLedgerOptions.AllowUnprotectedPersonalData"/>.
    /// </param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or white space.</exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="configure"/> is null or sets neither <see cref="PostgreSqlConsentLedgerOptions.Protection"/> nor
    /// <see cref="PostgreSqlConsentLedgerOptions.AllowUnprotectedPersonalData"/>.
    /// </exception>
    public static IServiceCollection AddPostgreSqlConsentLedger(this IServiceCollection services, string connectionString, Action<PostgreSqlConsentLedgerOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services, nameof(services));
        Preconditions.CheckNotNull(connectionString, nameof(connectionString));
        Preconditions.CheckArgument(connectionString.Trim().Length != 0, nameof(connectionString), "The connection string must not be empty or white space.");

        var options = new PostgreSqlConsentLedgerOptions();
        configure?.Invoke(options);
        LedgerRegistration.RequireProtection(options.Protection is not null, options.AllowUnprotectedPersonalData, nameof(PostgreSqlConsentLedgerOptions), nameof(AddPostgreSqlConsentLedger));
        return LedgerRegistration.Add<PostgreSqlConsentLedger>(services, (_, clock, logger) =>
        {
            var settings = options.Clone();
            settings.Logger ??= logger;
            return PostgreSqlConsentLedger.Open(connectionString, clock, settings);
        });
    }
}
