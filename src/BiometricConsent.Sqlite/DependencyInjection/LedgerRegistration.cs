using System;
using BiometricConsent.Consent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace BiometricConsent.Sqlite.DependencyInjection;

/// <summary>The registration of a durable ledger, shared by the SQLite and PostgreSQL packages.</summary>
internal static class LedgerRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TLedger"/> as a singleton and as the <see cref="IConsentLedger"/>, replacing any
    /// ledger registered before, opened on first use with the container's clock (the system clock unless one is
    /// registered) and a logger from the container's <see cref="ILoggerFactory"/> when there is one.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="open">Opens the ledger from the container, its clock and the container's logger (null without a logger factory).</param>
    /// <returns><paramref name="services"/>.</returns>
    internal static IServiceCollection Add<TLedger>(IServiceCollection services, Func<IServiceProvider, IClock, ILogger<TLedger>?, TLedger> open)
        where TLedger : class, IConsentLedger
    {
        services.TryAddSingleton(SystemClock.Instance as IClock);
        services.Replace(ServiceDescriptor.Singleton(provider =>
            open(provider, provider.GetRequiredService<IClock>(), provider.GetService<ILoggerFactory>()?.CreateLogger<TLedger>())));
        services.Replace(ServiceDescriptor.Singleton<IConsentLedger>(provider => provider.GetRequiredService<TLedger>()));
        return services;
    }

    /// <summary>
    /// Refuses a registration that would store personal data in clear: checked when the method is called, where the
    /// options are already known, so a missing key fails at start-up rather than at the ledger's first resolution.
    /// </summary>
    /// <param name="isProtected">Whether the options set <c>Protection</c>.</param>
    /// <param name="allowUnprotected">The options' <c>AllowUnprotectedPersonalData</c>.</param>
    /// <param name="optionsType">The options type's name, for the message.</param>
    /// <param name="method">The registration method's name, for the message.</param>
    /// <exception cref="InvalidOperationException">Neither is set.</exception>
    internal static void RequireProtection(bool isProtected, bool allowUnprotected, string optionsType, string method)
    {
        if (!isProtected && !allowUnprotected)
        {
            throw new InvalidOperationException(
                $"{method} would store subject identifiers, birth dates, guardian identities and notes in clear. Set {optionsType}.Protection " +
                $"to a ConsentDataProtection with the application's key (and record subjects as Protection.SubjectKeyer.Pseudonymise(identifier)), " +
                $"or set {optionsType}.AllowUnprotectedPersonalData to true to accept a ledger without protection.");
        }
    }
}
