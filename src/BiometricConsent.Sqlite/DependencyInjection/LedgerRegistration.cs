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
}
