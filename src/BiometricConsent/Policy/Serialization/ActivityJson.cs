using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BiometricConsent.Policy.Model;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Serialization
{
    /// <summary>
    /// Reads an <see cref="Activity"/> from its JSON form (policy-contract §2), strictly: any invalid value rejects
    /// the whole document with an <see cref="ActivityFormatException"/> naming the JSON path, before any model object
    /// is returned.
    /// </summary>
    /// <remarks>
    /// A field whose value is JSON <c>null</c> is treated as absent (unknown). Duplicate fields, duplicate list
    /// values, comments and trailing commas are rejected. Enum values are case-sensitive member names.
    /// </remarks>
    public static class ActivityJson
    {
        private static readonly JsonDocumentOptions DocumentOptions = new JsonDocumentOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 16,
        };

        /// <summary>Reads an activity from JSON text.</summary>
        /// <param name="json">The JSON document.</param>
        /// <returns>The activity.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="ActivityFormatException">The document is not a valid activity.</exception>
        public static Activity Parse(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            return Parse(Encoding.UTF8.GetBytes(json));
        }

        /// <summary>Reads an activity from a UTF-8 JSON stream (read to its end; not closed).</summary>
        /// <param name="utf8Json">The stream.</param>
        /// <returns>The activity.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="ActivityFormatException">The document is not a valid activity.</exception>
        public static Activity Parse(Stream utf8Json)
        {
            if (utf8Json is null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            using var buffer = new MemoryStream();
            utf8Json.CopyTo(buffer);
            return Parse(buffer.ToArray());
        }

        private static Activity Parse(byte[] utf8)
        {
            if (IsBlank(utf8))
            {
                throw new ActivityFormatException("$", "The document is empty; expected a JSON object describing an activity.");
            }

            JsonDocument document;
            try
            {
                // Editors on Windows often save a UTF-8 byte-order mark; it is not JSON.
                int offset = HasBom(utf8) ? 3 : 0;
                document = JsonDocument.Parse(new ReadOnlyMemory<byte>(utf8, offset, utf8.Length - offset), DocumentOptions);
            }
            catch (JsonException e)
            {
                throw new ActivityFormatException("$", $"Malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", e);
            }

            using (document)
            {
                return ReadActivity(document.RootElement);
            }
        }

        private static bool IsBlank(byte[] utf8)
        {
            int start = HasBom(utf8) ? 3 : 0;
            for (int i = start; i < utf8.Length; i++)
            {
                if (utf8[i] != (byte)' ' && utf8[i] != (byte)'\t' && utf8[i] != (byte)'\r' && utf8[i] != (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasBom(byte[] utf8) => utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF;

        private static Activity ReadActivity(JsonElement root)
        {
            string? id = null;
            Jurisdiction? jurisdiction = null;
            ActivityPeriod? period = null;
            ProcessorFacts? processor = null;
            Venue? venue = null;
            bool? publicPlace = null;
            IReadOnlyList<Modality>? modalities = null;
            RecognitionFunction? function = null;
            IReadOnlyList<Purpose>? purposes = null;
            SubjectsFacts? subjects = null;
            LegalBasis? legalBasis = null;
            ConsentFacts? consent = null;
            NoticeFacts? notice = null;
            NecessityFacts? necessity = null;
            ImpactAssessmentFacts? impactAssessment = null;
            StorageFacts? storage = null;
            SharingFacts? sharing = null;
            FilingFacts? filing = null;
            SecurityFacts? security = null;
            ContractTermsFacts? contractTerms = null;
            ChangesFacts? changes = null;
            ScrapingFacts? scraping = null;
            bool? realTime = null;

            foreach (Field f in Fields(root, "$"))
            {
                JsonElement v = f.Value;
                switch (f.Name)
                {
                    case "id": id = String(v, f.Path); break;
                    case "jurisdiction": jurisdiction = ReadJurisdiction(v, f.Path); break;
                    case "period": period = ReadPeriod(v, f.Path); break;
                    case "processor": processor = ReadProcessor(v, f.Path); break;
                    case "venue": venue = Enum<Venue>(v, f.Path); break;
                    case "publicPlace": publicPlace = Bool(v, f.Path); break;
                    case "modalities": modalities = EnumList<Modality>(v, f.Path); break;
                    case "function": function = Enum<RecognitionFunction>(v, f.Path); break;
                    case "purposes": purposes = EnumList<Purpose>(v, f.Path); break;
                    case "subjects": subjects = ReadSubjects(v, f.Path); break;
                    case "legalBasis": legalBasis = Enum<LegalBasis>(v, f.Path); break;
                    case "consent": consent = ReadConsent(v, f.Path); break;
                    case "notice": notice = ReadNotice(v, f.Path); break;
                    case "necessity": necessity = ReadNecessity(v, f.Path); break;
                    case "impactAssessment": impactAssessment = ReadImpactAssessment(v, f.Path); break;
                    case "storage": storage = ReadStorage(v, f.Path); break;
                    case "sharing": sharing = ReadSharing(v, f.Path); break;
                    case "filing": filing = ReadFiling(v, f.Path); break;
                    case "security": security = ReadSecurity(v, f.Path); break;
                    case "contractTerms": contractTerms = ReadContractTerms(v, f.Path); break;
                    case "changes": changes = ReadChanges(v, f.Path); break;
                    case "scraping": scraping = ReadScraping(v, f.Path); break;
                    case "realTimeRemoteIdentification": realTime = Bool(v, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            if (jurisdiction is null)
            {
                throw new ActivityFormatException(FactPaths.Jurisdiction, "The required field is missing (e.g. \"CN-SH\").");
            }

            if (period is null)
            {
                throw new ActivityFormatException(FactPaths.Period.Self, "The required field is missing (e.g. { \"start\": \"2021-01-01\" }).");
            }

            return Build("$", () => new Activity(
                jurisdiction.Value, period, id, processor, venue, publicPlace, modalities, function, purposes, subjects, legalBasis,
                consent, notice, necessity, impactAssessment, storage, sharing, filing, security, contractTerms, changes, scraping, realTime));
        }

        private static Jurisdiction? ReadJurisdiction(JsonElement v, string path)
        {
            string? code = String(v, path);
            if (code is null)
            {
                return null;
            }

            string? error = Jurisdiction.TryCreate(code, out Jurisdiction result);
            return error is null ? result : throw new ActivityFormatException(path, error);
        }

        private static ActivityPeriod? ReadPeriod(JsonElement v, string path)
        {
            if (!Object(v, path))
            {
                return null;
            }

            PeriodBound? start = null, end = null;
            foreach (Field f in Fields(v, path))
            {
                switch (f.Name)
                {
                    case "start": start = Bound(f.Value, f.Path); break;
                    case "end": end = Bound(f.Value, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            if (start is null)
            {
                throw new ActivityFormatException(FactPaths.Period.Start, "The required field is missing (a date such as \"2021-01-01\" or an instant such as \"2021-07-31T16:00:00Z\").");
            }

            return Build(path, () => new ActivityPeriod(start.Value, end));
        }

        private static ProcessorFacts? ReadProcessor(JsonElement v, string path)
        {
            if (!Object(v, path))
            {
                return null;
            }

            string? name = null;
            IReadOnlyList<ProcessorKind>? kinds = null;
            foreach (Field f in Fields(v, path))
            {
                switch (f.Name)
                {
                    case "name": name = String(f.Value, f.Path); break;
                    case "kinds": kinds = EnumList<ProcessorKind>(f.Value, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            return Build(path, () => new ProcessorFacts(name, kinds));
        }

        private static SubjectsFacts? ReadSubjects(JsonElement v, string path)
        {
            if (!Object(v, path))
            {
                return null;
            }

            IReadOnlyList<SubjectKind>? kinds = null;
            bool? minors = null;
            long? stored = null;
            foreach (Field f in Fields(v, path))
            {
                switch (f.Name)
                {
                    case "kinds": kinds = EnumList<SubjectKind>(f.Value, f.Path); break;
                    case "includesMinorsUnder14": minors = Bool(f.Value, f.Path); break;
                    case "storedPersons": stored = Count(f.Value, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            return Build(path, () => new SubjectsFacts(kinds, minors, stored));
        }

        private static ConsentFacts? ReadConsent(JsonElement v, string path)
        {
            bool?[]? b = Bools(v, path, "obtained", "separate", "written", "bundled", "conditionOfService", "guardianForMinors", "withdrawalChannel", "electronicSignature", "explicit");
            return b is null ? null : Build(path, () => new ConsentFacts(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8]));
        }

        private static NoticeFacts? ReadNotice(JsonElement v, string path)
        {
            if (!Object(v, path))
            {
                return null;
            }

            bool? given = null, before = null, signs = null;
            IReadOnlyList<NoticeElement>? elements = null;
            foreach (Field f in Fields(v, path))
            {
                switch (f.Name)
                {
                    case "given": given = Bool(f.Value, f.Path); break;
                    case "beforeProcessing": before = Bool(f.Value, f.Path); break;
                    case "conspicuousSigns": signs = Bool(f.Value, f.Path); break;
                    case "elements": elements = EnumList<NoticeElement>(f.Value, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            return Build(path, () => new NoticeFacts(given, before, signs, elements));
        }

        private static NecessityFacts? ReadNecessity(JsonElement v, string path)
        {
            bool?[]? b = Bools(v, path, "necessaryForService", "nonBiometricAlternativeExists", "alternativeOffered", "soleVerificationMethod", "serviceRefusedWithoutConsent");
            return b is null ? null : Build(path, () => new NecessityFacts(b[0], b[1], b[2], b[3], b[4]));
        }

        private static ImpactAssessmentFacts? ReadImpactAssessment(JsonElement v, string path)
        {
            if (!Object(v, path))
            {
                return null;
            }

            bool? done = null;
            LocalDate? completedOn = null;
            foreach (Field f in Fields(v, path))
            {
                switch (f.Name)
                {
                    case "done": done = Bool(f.Value, f.Path); break;
                    case "completedOn": completedOn = Date(f.Value, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            return Build(path, () => new ImpactAssessmentFacts(done, completedOn));
        }

        private static StorageFacts? ReadStorage(JsonElement v, string path)
        {
            if (!Object(v, path))
            {
                return null;
            }

            bool? onDevice = null, internet = null, encrypted = null, crossBorder = null, published = null;
            CrossBorderMechanism? mechanism = null;
            Period? retention = null;
            foreach (Field f in Fields(v, path))
            {
                switch (f.Name)
                {
                    case "onDeviceOnly": onDevice = Bool(f.Value, f.Path); break;
                    case "transmittedOverInternet": internet = Bool(f.Value, f.Path); break;
                    case "encrypted": encrypted = Bool(f.Value, f.Path); break;
                    case "crossBorder": crossBorder = Bool(f.Value, f.Path); break;
                    case "crossBorderMechanism": mechanism = Enum<CrossBorderMechanism>(f.Value, f.Path); break;
                    case "retention": retention = IsoPeriod(f.Value, f.Path); break;
                    case "retentionPolicyPublished": published = Bool(f.Value, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            return Build(path, () => new StorageFacts(onDevice, internet, encrypted, crossBorder, mechanism, retention, published));
        }

        private static SharingFacts? ReadSharing(JsonElement v, string path)
        {
            bool?[]? b = Bools(v, path, "sharedWithThirdParties", "separateConsentForSharing", "sold");
            return b is null ? null : Build(path, () => new SharingFacts(b[0], b[1], b[2]));
        }

        private static FilingFacts? ReadFiling(JsonElement v, string path)
        {
            if (!Object(v, path))
            {
                return null;
            }

            LocalDate? reached = null, filed = null;
            foreach (Field f in Fields(v, path))
            {
                switch (f.Name)
                {
                    case "thresholdReachedOn": reached = Date(f.Value, f.Path); break;
                    case "filedOn": filed = Date(f.Value, f.Path); break;
                    default: throw UnknownField(f.Path);
                }
            }

            return Build(path, () => new FilingFacts(reached, filed));
        }

        private static SecurityFacts? ReadSecurity(JsonElement v, string path)
        {
            bool?[]? b = Bools(v, path, "incident", "individualsNotified", "regulatorNotified");
            return b is null ? null : Build(path, () => new SecurityFacts(b[0], b[1], b[2]));
        }

        private static ContractTermsFacts? ReadContractTerms(JsonElement v, string path)
        {
            bool?[]? b = Bools(v, path, "irrevocableOrPerpetualGrant");
            return b is null ? null : Build(path, () => new ContractTermsFacts(b[0]));
        }

        private static ChangesFacts? ReadChanges(JsonElement v, string path)
        {
            bool?[]? b = Bools(v, path, "purposeExtendedBeyondOriginal", "reconsentObtained", "entryMethodSwitchedUnilaterally");
            return b is null ? null : Build(path, () => new ChangesFacts(b[0], b[1], b[2]));
        }

        private static ScrapingFacts? ReadScraping(JsonElement v, string path)
        {
            bool?[]? b = Bools(v, path, "untargetedFromInternetOrCctv");
            return b is null ? null : Build(path, () => new ScrapingFacts(b[0]));
        }

        /// <summary>Runs a model constructor, turning its <see cref="ArgumentException"/> into a path-named format error.</summary>
        private static T Build<T>(string path, Func<T> create)
        {
            try
            {
                return create();
            }
            catch (ArgumentException e) when (e.ParamName != null)
            {
                string reason = e.Data[FactGuard.ReasonKey] as string ?? e.Message.Replace($" (Parameter '{e.ParamName}')", "");
                string field = e.ParamName switch
                {
                    // The only way a period is rejected after its parts parsed: the end precedes the start.
                    "period" => "period.end",
                    _ => e.ParamName,
                };
                throw new ActivityFormatException(path + "." + field, reason, e);
            }
        }

        /// <summary>Reads the named boolean fields of a section in order; <c>null</c> when the section itself is null.</summary>
        private static bool?[]? Bools(JsonElement v, string path, params string[] names)
        {
            if (!Object(v, path))
            {
                return null;
            }

            var values = new bool?[names.Length];
            foreach (Field f in Fields(v, path))
            {
                int index = Array.IndexOf(names, f.Name);
                if (index < 0)
                {
                    throw UnknownField(f.Path);
                }

                values[index] = Bool(f.Value, f.Path);
            }

            return values;
        }

        private static IEnumerable<Field> Fields(JsonElement obj, string path)
        {
            if (obj.ValueKind != JsonValueKind.Object)
            {
                throw WrongType(path, "an object", obj);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty p in obj.EnumerateObject())
            {
                string fieldPath = path + "." + p.Name;
                if (!seen.Add(p.Name))
                {
                    throw new ActivityFormatException(fieldPath, "The field appears more than once.");
                }

                yield return new Field(p.Name, fieldPath, p.Value);
            }
        }

        /// <summary>Whether <paramref name="v"/> is an object (<c>false</c> for JSON null).</summary>
        private static bool Object(JsonElement v, string path) =>
            v.ValueKind == JsonValueKind.Object || (v.ValueKind == JsonValueKind.Null ? false : throw WrongType(path, "an object", v));

        private static bool? Bool(JsonElement v, string path) => v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw WrongType(path, "true, false or null", v),
        };

        private static string? String(JsonElement v, string path) => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            _ => throw WrongType(path, "a string", v),
        };

        private static long? Count(JsonElement v, string path)
        {
            if (v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out long n))
            {
                throw WrongType(path, "a whole number", v);
            }

            return n >= 0 ? n : throw new ActivityFormatException(path, $"The count must not be negative (was {n}).");
        }

        private static LocalDate? Date(JsonElement v, string path)
        {
            string? text = String(v, path);
            if (text is null)
            {
                return null;
            }

            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            return result.Success ? result.Value : throw new ActivityFormatException(path, $"'{text}' is not a date; expected YYYY-MM-DD.");
        }

        private static PeriodBound? Bound(JsonElement v, string path)
        {
            string? text = String(v, path);
            if (text is null)
            {
                return null;
            }

            if (text.IndexOf('T') < 0)
            {
                ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
                return date.Success ? PeriodBound.FromDate(date.Value) : throw new ActivityFormatException(path, $"'{text}' is not a date; expected YYYY-MM-DD or an instant such as 2021-07-31T16:00:00Z.");
            }

            ParseResult<OffsetDateTime> instant = OffsetDateTimePattern.ExtendedIso.Parse(text);
            if (instant.Success)
            {
                return PeriodBound.FromInstant(instant.Value.ToInstant());
            }

            string reason = LocalDateTimePattern.ExtendedIso.Parse(text).Success
                ? $"'{text}' has no offset; an instant needs 'Z' or an offset such as +08:00 (or give a date)."
                : $"'{text}' is not an instant; expected e.g. 2021-07-31T16:00:00Z or 2021-08-01T00:00:00+08:00.";
            throw new ActivityFormatException(path, reason);
        }

        private static Period? IsoPeriod(JsonElement v, string path)
        {
            string? text = String(v, path);
            if (text is null)
            {
                return null;
            }

            ParseResult<Period> result = PeriodPattern.NormalizingIso.Parse(text);
            return result.Success ? result.Value : throw new ActivityFormatException(path, $"'{text}' is not an ISO-8601 period; expected e.g. P6M, P3Y or P30D.");
        }

        private static TEnum? Enum<TEnum>(JsonElement v, string path)
            where TEnum : struct, Enum
        {
            string? text = String(v, path);
            if (text is null)
            {
                return null;
            }

            return EnumNames<TEnum>.Values.TryGetValue(text, out TEnum value)
                ? value
                : throw new ActivityFormatException(path, $"'{text}' is not a {typeof(TEnum).Name}; expected one of {EnumNames<TEnum>.List}.");
        }

        private static IReadOnlyList<TEnum>? EnumList<TEnum>(JsonElement v, string path)
            where TEnum : struct, Enum
        {
            if (v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.Array)
            {
                throw WrongType(path, "an array", v);
            }

            var values = new List<TEnum>();
            int i = 0;
            foreach (JsonElement item in v.EnumerateArray())
            {
                string itemPath = $"{path}[{i++}]";
                if (item.ValueKind != JsonValueKind.String)
                {
                    throw WrongType(itemPath, "a string", item);
                }

                TEnum value = Enum<TEnum>(item, itemPath)!.Value;
                if (values.Contains(value))
                {
                    throw new ActivityFormatException(itemPath, $"{value} is listed more than once.");
                }

                values.Add(value);
            }

            return values;
        }

        private static ActivityFormatException UnknownField(string path) =>
            new ActivityFormatException(path, "Unknown field (field names are case-sensitive camelCase; see policy-contract §2).");

        private static ActivityFormatException WrongType(string path, string expected, JsonElement actual) =>
            new ActivityFormatException(path, $"Expected {expected}, found {Describe(actual.ValueKind)}.");

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "null",
        };

        private readonly struct Field
        {
            public Field(string name, string path, JsonElement value)
            {
                Name = name;
                Path = path;
                Value = value;
            }

            public string Name { get; }

            public string Path { get; }

            public JsonElement Value { get; }
        }

        private static class EnumNames<TEnum>
            where TEnum : struct, Enum
        {
            // Zero is never a fact: the None of the flags enums Modality and RecognitionFunction is not accepted.
            // Only member names are looked up, so a combination of flags cannot be read either.
            public static readonly Dictionary<string, TEnum> Values = Create();

            public static readonly string List = string.Join(", ", Array.FindAll(System.Enum.GetNames(typeof(TEnum)), Values.ContainsKey));

            private static Dictionary<string, TEnum> Create()
            {
                var values = new Dictionary<string, TEnum>(StringComparer.Ordinal);
                foreach (TEnum value in (TEnum[])System.Enum.GetValues(typeof(TEnum)))
                {
                    if (Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0)
                    {
                        values[value.ToString()] = value;
                    }
                }

                return values;
            }
        }
    }
}
