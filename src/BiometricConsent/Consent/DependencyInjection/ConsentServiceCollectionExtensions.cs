using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>Registers the consent gate with a Microsoft.Extensions.DependencyInjection container.</summary>
/// <remarks>
/// Only the abstractions (Microsoft.Extensions.DependencyInjection.Abstractions) are needed to register; the
/// container that builds the services comes from Microsoft.Extensions.DependencyInjection or another implementation.
/// </remarks>
public static class ConsentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConsentGate"/> as a singleton, with the <see cref="IClock"/> and <see cref="IConsentLedger"/>
    /// it needs unless they are registered already: <see cref="SystemClock.Instance"/> and an
    /// <see cref="InMemoryConsentLedger"/>. Register a durable ledger (before or after this call) for production.
    /// When the container holds an <see cref="ILoggerFactory"/> (as <c>AddLogging</c> of Microsoft.Extensions.Logging
    /// registers), the gate and the in-memory ledger log through it; otherwise they log nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the policy, or a clock to use instead of the system clock; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="configure"/> set <see cref="ConsentGateOptions.Policy"/> to null.</exception>
    public static IServiceCollection AddBiometricConsent(this IServiceCollection services, Action<ConsentGateOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services, nameof(services));

        var options = new ConsentGateOptions();
        configure?.Invoke(options);
        var policy = options.Policy
            ?? throw new ArgumentException("ConsentGateOptions.Policy must not be null.", nameof(configure));

        if (options.Clock is { } clock)
        {
            services.Replace(ServiceDescriptor.Singleton(clock));
        }
        else
        {
            services.TryAddSingleton(SystemClock.Instance as IClock);
        }

        services.TryAddSingleton<IConsentLedger>(provider => new InMemoryConsentLedger(
            provider.GetRequiredService<IClock>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<InMemoryConsentLedger>()));
        services.TryAddSingleton(provider => new ConsentGate(
            provider.GetRequiredService<IConsentLedger>(),
            provider.GetRequiredService<IClock>(),
            policy,
            provider.GetService<ILoggerFactory>()?.CreateLogger<ConsentGate>()));
        return services;
    }
}

/// <summary>Options of <see cref="ConsentServiceCollectionExtensions.AddBiometricConsent"/>.</summary>
public sealed class ConsentGateOptions
{
    /// <summary>The requirements the gate applies; <see cref="ConsentPolicy.Default"/> unless set.</summary>
    public ConsentPolicy Policy { get; set; } = ConsentPolicy.Default;

    /// <summary>A clock to register instead of <see cref="SystemClock.Instance"/>, such as a fake clock in tests; replaces any registered <see cref="IClock"/>.</summary>
    public IClock? Clock { get; set; }
}
