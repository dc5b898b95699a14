using System;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>Where and how long the biometric information is kept (<c>storage</c> in docs/activity-format.md).</summary>
public sealed class StorageFacts
{
    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="onDeviceOnly">Whether the information stays within the recognition device (CAC FRT Art. 8).</param>
    /// <param name="transmittedOverInternet">Whether it is transmitted externally over the internet.</param>
    /// <param name="encrypted">Whether it is stored encrypted.</param>
    /// <param name="crossBorder">Whether it is provided outside the jurisdiction (PIPL Art. 38).</param>
    /// <param name="crossBorderMechanism">The transfer mechanism relied on.</param>
    /// <param name="retention">How long it is kept.</param>
    /// <param name="retentionPolicyPublished">Whether a retention policy is published (BIPA 14/15(a)).</param>
    /// <param name="sensitivePersonsExportedThisYear">How many persons' sensitive personal information (facial information is sensitive) the processor has provided abroad since 1 January of the year.</param>
    /// <param name="personsExportedThisYear">How many persons' personal information of any kind it has provided abroad since 1 January of the year.</param>
    /// <param name="crossBorderExemption">The exemption from assessment, contract and certification relied on.</param>
    /// <param name="rawImagesRetained">Whether raw face images (from which features can be extracted) are kept after enrolment or recognition is done, rather than templates (features) only (GB/T 35273-2020 §6.3(c), GB/T 41819-2022 ch. 7).</param>
    /// <param name="separatedFromIdentity">Whether the biometric information is stored apart from the identity information it belongs to (GB/T 35273-2020 §6.3(b)).</param>
    /// <param name="encryptedInTransit">Whether it is encrypted whenever it is transmitted (GB/T 35273-2020 §6.3(a)); <paramref name="encrypted"/> is encryption in storage.</param>
    /// <param name="retentionNecessary">The <paramref name="retention"/> is the shortest the purpose needs and ends when the purpose is achieved (PIPL Arts. 19, 47 ¶1(1)) — the processor's own judgement, stated.</param>
    /// <exception cref="ArgumentException">The facts contradict each other, <paramref name="retention"/> is negative, or <paramref name="crossBorderMechanism"/> is undefined.</exception>
    public StorageFacts(
        bool? onDeviceOnly = null,
        bool? transmittedOverInternet = null,
        bool? encrypted = null,
        bool? crossBorder = null,
        CrossBorderMechanism? crossBorderMechanism = null,
        Period? retention = null,
        bool? retentionPolicyPublished = null,
        long? sensitivePersonsExportedThisYear = null,
        long? personsExportedThisYear = null,
        CrossBorderExemption? crossBorderExemption = null,
        bool? rawImagesRetained = null,
        bool? separatedFromIdentity = null,
        bool? encryptedInTransit = null,
        bool? retentionNecessary = null)
    {
        FactGuard.NotNegative(sensitivePersonsExportedThisYear, FactPaths.Storage.SensitivePersonsExportedThisYear);
        FactGuard.NotNegative(personsExportedThisYear, FactPaths.Storage.PersonsExportedThisYear);
        FactGuard.DefinedOrNull(crossBorderExemption, FactPaths.Storage.CrossBorderExemption);
        if (onDeviceOnly == true && transmittedOverInternet == true)
        {
            throw FactGuard.Invalid(FactPaths.Storage.TransmittedOverInternet, "transmittedOverInternet is true but onDeviceOnly is true; the two contradict each other.");
        }

        if (onDeviceOnly == true && crossBorder == true)
        {
            throw FactGuard.Invalid(FactPaths.Storage.CrossBorder, "crossBorder is true but onDeviceOnly is true; the two contradict each other.");
        }

        FactGuard.DefinedOrNull(crossBorderMechanism, FactPaths.Storage.CrossBorderMechanism);
        if (crossBorder == false && crossBorderMechanism != null && crossBorderMechanism != Model.CrossBorderMechanism.None)
        {
            throw FactGuard.Invalid(FactPaths.Storage.CrossBorderMechanism, $"crossBorderMechanism is {crossBorderMechanism} but crossBorder is false; the two contradict each other.");
        }

        FactGuard.NotNegative(retention, FactPaths.Storage.Retention);

        OnDeviceOnly = onDeviceOnly;
        TransmittedOverInternet = transmittedOverInternet;
        Encrypted = encrypted;
        CrossBorder = crossBorder;
        CrossBorderMechanism = crossBorderMechanism;
        Retention = retention;
        RetentionPolicyPublished = retentionPolicyPublished;
        SensitivePersonsExportedThisYear = sensitivePersonsExportedThisYear;
        PersonsExportedThisYear = personsExportedThisYear;
        CrossBorderExemption = crossBorderExemption;
        RawImagesRetained = rawImagesRetained;
        SeparatedFromIdentity = separatedFromIdentity;
        EncryptedInTransit = encryptedInTransit;
        RetentionNecessary = retentionNecessary;
    }

    /// <summary>Whether the information stays within the device. JSON <c>$.storage.onDeviceOnly</c>.</summary>
    public bool? OnDeviceOnly { get; }

    /// <summary>Whether it is transmitted over the internet. JSON <c>$.storage.transmittedOverInternet</c>.</summary>
    public bool? TransmittedOverInternet { get; }

    /// <summary>Whether it is stored encrypted. JSON <c>$.storage.encrypted</c>.</summary>
    public bool? Encrypted { get; }

    /// <summary>Whether it leaves the jurisdiction. JSON <c>$.storage.crossBorder</c>.</summary>
    public bool? CrossBorder { get; }

    /// <summary>The cross-border mechanism. JSON <c>$.storage.crossBorderMechanism</c>.</summary>
    public CrossBorderMechanism? CrossBorderMechanism { get; }

    /// <summary>How long it is kept, as given. JSON <c>$.storage.retention</c> (ISO-8601 period).</summary>
    public Period? Retention { get; }

    /// <summary>Whether a retention policy is published. JSON <c>$.storage.retentionPolicyPublished</c>.</summary>
    public bool? RetentionPolicyPublished { get; }

    /// <summary>Persons whose sensitive personal information was provided abroad since 1 January of the year. JSON <c>$.storage.sensitivePersonsExportedThisYear</c>.</summary>
    public long? SensitivePersonsExportedThisYear { get; }

    /// <summary>Persons whose personal information was provided abroad since 1 January of the year. JSON <c>$.storage.personsExportedThisYear</c>.</summary>
    public long? PersonsExportedThisYear { get; }

    /// <summary>The exemption relied on for the transfer. JSON <c>$.storage.crossBorderExemption</c>.</summary>
    public CrossBorderExemption? CrossBorderExemption { get; }

    /// <summary>Whether raw face images are kept after enrolment or recognition. JSON <c>$.storage.rawImagesRetained</c>.</summary>
    public bool? RawImagesRetained { get; }

    /// <summary>Whether the biometric information is stored apart from identity information. JSON <c>$.storage.separatedFromIdentity</c>.</summary>
    public bool? SeparatedFromIdentity { get; }

    /// <summary>Whether it is encrypted in transmission. JSON <c>$.storage.encryptedInTransit</c>.</summary>
    public bool? EncryptedInTransit { get; }

    /// <summary>The retention is the shortest the purpose needs and ends when it is achieved. JSON <c>$.storage.retentionNecessary</c>.</summary>
    public bool? RetentionNecessary { get; }
}
