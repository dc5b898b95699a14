using System;
using System.Collections.Generic;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// A legal jurisdiction identified by a code: an ISO 3166-1 country (<c>CN</c>, <c>DE</c>), an ISO 3166-2
/// subdivision (<c>CN-TJ</c>, <c>US-IL</c>), or one of the supranational scopes <c>EU</c> and <c>US</c> used
/// by instruments. Knows its parent (<c>CN-TJ</c> → <c>CN</c>, <c>DE</c> → <c>EU</c>) and, for places an
/// activity can happen in, the time zone in which its dates are reckoned.
/// </summary>
/// <remarks>
/// Only jurisdictions whose time zone is unambiguous are accepted: mainland-China provinces
/// (<c>CN-HK</c>, <c>CN-MO</c>, <c>CN-TW</c> are rejected because mainland law does not extend to them), the
/// EU member states and their ISO subdivisions, <c>US-IL</c> and <c>US-TX</c> (both reckoned in <c>America/Chicago</c>). The scopes <c>EU</c> and <c>US</c> have no
/// time zone: an activity names the member state or state.
/// </remarks>
public readonly struct Jurisdiction : IEquatable<Jurisdiction>
{
    private static readonly string[] MainlandChinaSubdivisions =
    {
        "AH", "BJ", "CQ", "FJ", "GD", "GS", "GX", "GZ", "HA", "HB", "HE", "HI", "HL", "HN", "JL", "JS", "JX",
        "LN", "NM", "NX", "QH", "SC", "SD", "SH", "SN", "SX", "TJ", "XJ", "XZ", "YN", "ZJ",
    };

    private static readonly Dictionary<string, string> EuMemberStateZones = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AT"] = "Europe/Vienna",
        ["BE"] = "Europe/Brussels",
        ["BG"] = "Europe/Sofia",
        ["HR"] = "Europe/Zagreb",
        ["CY"] = "Asia/Nicosia",
        ["CZ"] = "Europe/Prague",
        ["DK"] = "Europe/Copenhagen",
        ["EE"] = "Europe/Tallinn",
        ["FI"] = "Europe/Helsinki",
        ["FR"] = "Europe/Paris",
        ["DE"] = "Europe/Berlin",
        ["GR"] = "Europe/Athens",
        ["HU"] = "Europe/Budapest",
        ["IE"] = "Europe/Dublin",
        ["IT"] = "Europe/Rome",
        ["LV"] = "Europe/Riga",
        ["LT"] = "Europe/Vilnius",
        ["LU"] = "Europe/Luxembourg",
        ["MT"] = "Europe/Malta",
        ["NL"] = "Europe/Amsterdam",
        ["PL"] = "Europe/Warsaw",
        ["PT"] = "Europe/Lisbon",
        ["RO"] = "Europe/Bucharest",
        ["SK"] = "Europe/Bratislava",
        ["SI"] = "Europe/Ljubljana",
        ["ES"] = "Europe/Madrid",
        ["SE"] = "Europe/Stockholm",
    };

    // Subdivisions of member states whose zone differs from the capital's.
    private static readonly Dictionary<string, string> EuSubdivisionZones = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PT-20"] = "Atlantic/Azores",
        ["PT-30"] = "Atlantic/Madeira",
        ["ES-CN"] = "Atlantic/Canary",
    };

    private readonly string? code;
    private readonly DateTimeZone? zone;

    private Jurisdiction(string code, DateTimeZone? zone)
    {
        this.code = code;
        this.zone = zone;
    }

    /// <summary>The People's Republic of China (national law).</summary>
    public static Jurisdiction China { get; } = Parse("CN");

    /// <summary>Tianjin Municipality (<c>CN-TJ</c>).</summary>
    public static Jurisdiction Tianjin { get; } = Parse("CN-TJ");

    /// <summary>The European Union, the scope of EU regulations (no time zone of its own).</summary>
    public static Jurisdiction EuropeanUnion { get; } = Parse("EU");

    /// <summary>The code, e.g. <c>CN-TJ</c>.</summary>
    public string Code => code ?? throw Uninitialized();

    /// <summary>
    /// The enclosing jurisdiction whose law also applies, or <c>null</c> at the top:
    /// <c>CN-TJ</c> → <c>CN</c>; <c>DE-BY</c> → <c>DE</c> → <c>EU</c>; <c>US-IL</c> → <c>US</c>.
    /// </summary>
    public Jurisdiction? Parent
    {
        get
        {
            var c = Code;
            var dash = c.IndexOf('-');
            if (dash > 0)
            {
                return Parse(c.Substring(0, dash));
            }

            return EuMemberStateZones.ContainsKey(c) ? EuropeanUnion : (Jurisdiction?)null;
        }
    }

    /// <summary>Whether dates can be reckoned here, i.e. <see cref="TimeZone"/> is available.</summary>
    public bool HasTimeZone => zone != null;

    /// <summary>The TZDB identifier of the zone in which this jurisdiction's dates are reckoned, or <c>null</c> for <c>EU</c> and <c>US</c>.</summary>
    public string? TimeZoneId => zone?.Id;

    /// <summary>The zone in which this jurisdiction's dates are reckoned (from <see cref="DateTimeZoneProviders.Tzdb"/>).</summary>
    /// <exception cref="InvalidOperationException">The jurisdiction is a supranational scope (<c>EU</c>, <c>US</c>) without a zone.</exception>
    public DateTimeZone TimeZone => zone ?? throw new InvalidOperationException($"Jurisdiction {Code} has no single time zone; name a member state or state instead.");

    /// <summary>Whether this jurisdiction is <paramref name="scope"/> or lies within it (so <paramref name="scope"/>'s law applies here).</summary>
    /// <param name="scope">The jurisdiction an instrument covers.</param>
    public bool IsWithin(Jurisdiction scope)
    {
        var target = scope.Code;
        Jurisdiction? current = this;
        while (current is Jurisdiction j)
        {
            if (string.Equals(j.Code, target, StringComparison.Ordinal))
            {
                return true;
            }

            current = j.Parent;
        }

        return false;
    }

    /// <summary>Parses a jurisdiction code (upper case, e.g. <c>CN-SH</c>).</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is malformed or not supported; the message says why.</exception>
    public static Jurisdiction Parse(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));

        var error = TryCreate(code, out var result);
        return error is null ? result : throw new ArgumentException(error, nameof(code));
    }

    /// <summary>Tries to parse a jurisdiction code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The jurisdiction, when the code is valid.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryParse(string? code, out Jurisdiction result)
    {
        result = default;
        return code != null && TryCreate(code, out result) is null;
    }

    /// <summary>Tries to parse a jurisdiction code, saying why it is not one.</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The jurisdiction, when the code is valid.</param>
    /// <param name="error">
    /// Why the code is not a supported jurisdiction, when it is not, with the spelling meant when the code
    /// differs from a supported one only in case, surrounding spaces or an underscore for the hyphen
    /// (<c>cn-bj</c>: did you mean <c>CN-BJ</c>?).
    /// </param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryParse(string? code, out Jurisdiction result, out string? error)
    {
        result = default;
        error = code is null ? "No jurisdiction code was given; expected an upper-case ISO 3166 code such as CN, CN-TJ, US-IL or DE." : TryCreate(code, out result);
        return error is null;
    }

    /// <summary>
    /// For the JSON schema: the supported codes outside the EU that have a time zone (CN, its province-level
    /// subdivisions, US-IL, US-TX), and the EU member states (each with any ISO 3166-2 subdivision).
    /// </summary>
    internal static (IEnumerable<string> Listed, IEnumerable<string> EuMemberStates) SchemaCodes()
    {
        var listed = new List<string> { "CN" };
        foreach (var subdivision in MainlandChinaSubdivisions)
        {
            listed.Add("CN-" + subdivision);
        }

        listed.Add("US-IL");
        listed.Add("US-TX");
        return (listed, EuMemberStateZones.Keys);
    }

    /// <summary>Returns why <paramref name="code"/> is not a supported jurisdiction, or <c>null</c> when it is.</summary>
    internal static string? TryCreate(string code, out Jurisdiction result)
    {
        var error = Check(code, out result);
        if (error is null)
        {
            return null;
        }

        // ISO 3166-2 writes codes in upper case with a hyphen: suggest that spelling when it is supported.
        var meant = code.Trim().Replace('_', '-').ToUpperInvariant();
        return meant != code && Check(meant, out _) is null
            ? $"'{code}' is not a jurisdiction code as ISO 3166-2 writes it; did you mean '{meant}'?"
            : error;
    }

    private static string? Check(string code, out Jurisdiction result)
    {
        result = default;
        var dash = code.IndexOf('-');
        var country = dash < 0 ? code : code.Substring(0, dash);
        var subdivision = dash < 0 ? null : code.Substring(dash + 1);
        if (country.Length != 2 || !IsUpperAlpha(country))
        {
            return $"'{code}' is not a jurisdiction code: expected an upper-case ISO 3166 code such as CN, CN-TJ, US-IL or DE.";
        }

        if (subdivision != null && (subdivision.Length < 1 || subdivision.Length > 3 || !IsUpperAlphanumeric(subdivision)))
        {
            return $"'{code}' is not a jurisdiction code: the subdivision after '-' must be 1 to 3 upper-case letters or digits (ISO 3166-2).";
        }

        string? zone;
        switch (country)
        {
            case "CN":
                if (subdivision != null && Array.IndexOf(MainlandChinaSubdivisions, subdivision) < 0)
                {
                    return $"'{code}' is not a supported jurisdiction: expected a mainland-China province-level code (CN-BJ, CN-SH, CN-TJ, CN-ZJ, ...).";
                }

                zone = "Asia/Shanghai";
                break;
            case "US":
                if (subdivision != null && subdivision != "IL" && subdivision != "TX")
                {
                    return $"'{code}' is not a supported jurisdiction: of the US states only US-IL and US-TX are modelled.";
                }

                // Texas's far west (El Paso) keeps Mountain time; the State's dates are reckoned in Central time, as its capital's.
                zone = subdivision == null ? null : "America/Chicago";
                break;
            case "EU":
                if (subdivision != null)
                {
                    return $"'{code}' is not a jurisdiction code: EU has no subdivisions; name the member state.";
                }

                zone = null;
                break;
            default:
                if (!EuMemberStateZones.TryGetValue(country, out zone))
                {
                    return $"'{code}' is not a supported jurisdiction: expected CN or a mainland-China province, US-IL, US-TX, or an EU member state.";
                }

                if (subdivision != null && EuSubdivisionZones.TryGetValue(code, out var subZone))
                {
                    zone = subZone;
                }

                break;
        }

        result = new Jurisdiction(code, zone is null ? null : DateTimeZoneProviders.Tzdb[zone]);
        return null;
    }

    private static bool IsUpperAlpha(string s)
    {
        foreach (var c in s)
        {
            if (c < 'A' || c > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpperAlphanumeric(string s)
    {
        foreach (var c in s)
        {
            if ((c < 'A' || c > 'Z') && (c < '0' || c > '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static InvalidOperationException Uninitialized() =>
        new InvalidOperationException("This Jurisdiction is the default value; create one with Jurisdiction.Parse.");

    /// <inheritdoc />
    public bool Equals(Jurisdiction other) => string.Equals(code, other.code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Jurisdiction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code is null ? 0 : StringComparer.Ordinal.GetHashCode(code);

    /// <summary>The code.</summary>
    /// <returns>The code, e.g. <c>CN-TJ</c>.</returns>
    public override string ToString() => code ?? "";

    /// <summary>Whether two jurisdictions have the same code.</summary>
    /// <param name="left">The first jurisdiction.</param>
    /// <param name="right">The second jurisdiction.</param>
    public static bool operator ==(Jurisdiction left, Jurisdiction right) => left.Equals(right);

    /// <summary>Whether two jurisdictions have different codes.</summary>
    /// <param name="left">The first jurisdiction.</param>
    /// <param name="right">The second jurisdiction.</param>
    public static bool operator !=(Jurisdiction left, Jurisdiction right) => !left.Equals(right);
}
