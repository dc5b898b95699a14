using System.Collections.Generic;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// What the JSON schema says beyond the table (<see cref="ActivityFormat"/>), declared next to it for
/// <see cref="ActivitySchemaGenerator"/>: the description of every field (by JSON path), the contradiction clauses
/// of the sections (JSON Schema <c>allOf</c> arrays, mirroring the model's <c>FactGuard</c> checks; the reader and the
/// schema are compared on random documents by the tests) and the shared definitions.
/// </summary>
internal static class ActivitySchemaText
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://raw.githubusercontent.com/biometric-consent/BiometricConsent/main/docs/schema/activity.schema.json";

    /// <summary>The schema's title.</summary>
    public const string Title = "BiometricConsent activity";

    /// <summary>The description of the activity document.</summary>
    public const string Description = "A biometric processing activity, as the biometric-consent tool and ActivityJson.Parse read it: who processes whose biometric information, where, when, why and on what basis. Every field but jurisdiction and period is optional; an absent field or null means unknown, and unknown is never compliant. Field names and values are case-sensitive. Reference: docs/activity-format.md.";

    /// <summary>The description of each field, by JSON path.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["$.$schema"] = "The path or URI of this schema, for editors; the reader ignores it.",
        ["$.jurisdiction"] = "Where the processing happens: an ISO 3166 code as ISO writes it (upper case, hyphen): CN or a mainland-China province-level code (CN-SH, CN-TJ, ...), US-IL, US-TX, or an EU member state or one of its ISO 3166-2 subdivisions (DE, DE-BY, ...). Dates are reckoned in its time zone.",
        ["$.period"] = "When the processing happens. Both ends are inclusive; without an end the activity is ongoing.",
        ["$.period.start"] = "The first day (YYYY-MM-DD) or moment (an instant with Z or an offset) of processing.",
        ["$.period.end"] = "The last day or moment of processing; absent or null when the activity is ongoing. Must not be before the start (the reader checks this; the schema cannot).",
        ["$.id"] = "An identifier for reports.",
        ["$.processor"] = "Who processes the biometric information.",
        ["$.processor.name"] = "The processor's name.",
        ["$.processor.kinds"] = "The kinds of processor.",
        ["$.processor.networkOperator"] = "Whether the processor owns or manages a network or provides network services (a network operator, Cybersecurity Law Art. 76(3)).",
        ["$.processor.mandatedByLaw"] = "Whether a law or administrative regulation assigns this processor the duty or authority the processing performs (a statutory duty, or public security under State provisions); state organs and law enforcement need not state it.",
        ["$.venue"] = "Where the recognition takes place.",
        ["$.publicPlace"] = "Whether the venue is a public place.",
        ["$.modalities"] = "The biometric modalities processed; face only when absent.",
        ["$.function"] = "What the recognition does: Verification (1:1), Identification (1:N), AttributeAnalysis (attributes such as age or attention, without identity), Detection (a face is present), EmotionRecognition (infers emotions or intentions, EU AI Act Art. 3(39)) or BiometricCategorisation (assigns persons to categories such as sex, age or ethnic origin, Art. 3(40)).",
        ["$.purposes"] = "Why the biometric information is processed.",
        ["$.subjects"] = "Whose biometric information is processed.",
        ["$.subjects.kinds"] = "The kinds of individuals.",
        ["$.subjects.includesMinorsUnder14"] = "Whether minors under 14 are among the individuals.",
        ["$.subjects.storedPersons"] = "How many persons' biometric information is stored: a whole number written without a fraction or exponent.",
        ["$.legalBasis"] = "The basis the processor relies on.",
        ["$.consent"] = "The individual's consent.",
        ["$.consent.obtained"] = "Consent was obtained from the individual (or guardian).",
        ["$.consent.separate"] = "Consent was separate: given specifically for this biometric processing, not folded into other terms (PIPL Art. 29).",
        ["$.consent.written"] = "Consent was given in writing.",
        ["$.consent.bundled"] = "Consent was bundled with other authorisations (SPC FR Art. 4(2)).",
        ["$.consent.conditionOfService"] = "Consent was required as a condition of providing the product or service (SPC FR Art. 4(1); PIPL Art. 16).",
        ["$.consent.guardianForMinors"] = "A parent or guardian consented for individuals under 14 (PIPL Art. 31).",
        ["$.consent.withdrawalChannel"] = "A convenient way to withdraw consent is provided (PIPL Art. 15).",
        ["$.consent.electronicSignature"] = "The release was signed electronically (BIPA as amended 2024-08-02).",
        ["$.consent.explicit"] = "Consent was explicit (GDPR Art. 9(2)(a); PIPL Art. 14).",
        ["$.notice"] = "What individuals are told.",
        ["$.notice.given"] = "Whether individuals are notified at all.",
        ["$.notice.beforeProcessing"] = "Whether the notice precedes processing.",
        ["$.notice.conspicuousSigns"] = "Whether conspicuous signs are posted.",
        ["$.notice.elements"] = "What the notice states; [] when it states none of these.",
        ["$.notice.rulesPublished"] = "Whether the rules for collecting and using the information are published (a standing policy, apart from the notice to each individual).",
        ["$.necessity"] = "How necessary the biometric processing is.",
        ["$.necessity.necessaryForService"] = "Biometric processing is necessary to provide the product or service.",
        ["$.necessity.nonBiometricAlternativeExists"] = "A non-biometric method could achieve the same purpose.",
        ["$.necessity.alternativeOffered"] = "A non-biometric alternative is actually offered to individuals.",
        ["$.necessity.soleVerificationMethod"] = "Biometric recognition is the only verification method.",
        ["$.necessity.necessaryForLegalBasis"] = "The processing is necessary for the emergency or news-reporting basis it claims (PIPL Art. 13(1)(4)-(5)).",
        ["$.necessity.serviceRefusedWithoutConsent"] = "Individuals who refuse or withdraw consent are refused the service.",
        ["$.impactAssessment"] = "The personal-information protection impact assessment (PIPL Art. 55-56; CAC FRT Art. 9).",
        ["$.impactAssessment.done"] = "Whether an impact assessment was carried out.",
        ["$.impactAssessment.covers"] = "What the assessment covers (PIPL Art. 56(1)); may be empty.",
        ["$.impactAssessment.reportKeptThreeYears"] = "Whether its report and the processing records are kept at least 3 years (PIPL Art. 56(2)).",
        ["$.impactAssessment.completedOn"] = "When it was completed (YYYY-MM-DD).",
        ["$.storage"] = "Where and how long the biometric information is kept.",
        ["$.storage.onDeviceOnly"] = "Whether the information stays within the device.",
        ["$.storage.transmittedOverInternet"] = "Whether it is transmitted over the internet.",
        ["$.storage.encrypted"] = "Whether it is stored encrypted.",
        ["$.storage.crossBorder"] = "Whether it leaves the jurisdiction.",
        ["$.storage.crossBorderMechanism"] = "The mechanism relied on for a cross-border transfer.",
        ["$.storage.sensitivePersonsExportedThisYear"] = "How many persons' sensitive personal information (facial information is sensitive) was provided abroad since 1 January of the year.",
        ["$.storage.personsExportedThisYear"] = "How many persons' personal information of any kind was provided abroad since 1 January of the year.",
        ["$.storage.crossBorderExemption"] = "The exemption from assessment, standard contract and certification relied on (2024 cross-border provisions Art. 5; NDSMR Art. 35).",
        ["$.storage.retention"] = "How long it is kept: an ISO-8601 period such as P30D, P6M or P3Y (not negative).",
        ["$.storage.retentionNecessary"] = "The retention is the shortest the purpose needs and ends when the purpose is achieved (PIPL Arts. 19, 47(1)(1)): the processor's stated judgement.",
        ["$.storage.retentionPolicyPublished"] = "Whether a retention policy is published.",
        ["$.storage.rawImagesRetained"] = "Whether raw face images (from which features can be extracted) are kept after enrolment or recognition is done, rather than templates (features) only.",
        ["$.storage.separatedFromIdentity"] = "Whether the biometric information is stored apart from the identity information (name, ID number, account) it belongs to.",
        ["$.storage.encryptedInTransit"] = "Whether it is encrypted whenever it is transmitted (encrypted is encryption in storage).",
        ["$.sharing"] = "Provision of the biometric information to others.",
        ["$.sharing.sharedWithThirdParties"] = "The information is provided to third parties.",
        ["$.sharing.separateConsentForSharing"] = "Separate consent was obtained for providing it to third parties (PIPL Art. 23).",
        ["$.sharing.sold"] = "The information is sold, leased or traded.",
        ["$.sharing.consentForSharing"] = "The individuals consented, separately or not, to providing the information to third parties.",
        ["$.sharing.recipientDisclosed"] = "The individuals were told each recipient's name, contact details, purpose, method and categories of information (PIPL Art. 23).",
        ["$.sharing.agreementTerms"] = "What the agreements with the recipients fix (NDSMR Art. 12: purpose, method, scope, security duties); may be empty.",
        ["$.sharing.recipientsSupervised"] = "The processor supervises how the recipients perform their duties (NDSMR Art. 12).",
        ["$.sharing.recordsKeptThreeYears"] = "Records of the provision are kept at least 3 years (NDSMR Art. 12).",
        ["$.filing"] = "The CAC filing (CAC FRT Art. 15: within 30 working days of reaching 100,000 stored persons).",
        ["$.filing.thresholdReachedOn"] = "The day the stored persons reached 100,000 (YYYY-MM-DD); absent or null when not reached or unknown.",
        ["$.filing.filedOn"] = "The day the filing was made (YYYY-MM-DD); absent or null when not filed or unknown. Needs thresholdReachedOn; filing before it is fine.",
        ["$.security"] = "Security measures and incidents.",
        ["$.security.incident"] = "A leak, tampering or loss occurred (or may have occurred).",
        ["$.security.individualsNotified"] = "The affected individuals were notified.",
        ["$.security.regulatorNotified"] = "The regulator was notified.",
        ["$.security.measures"] = "The security measures taken besides encryption (PIPL Art. 51, CAC FRT Art. 14); may be empty.",
        ["$.contractTerms"] = "Standard-form terms.",
        ["$.contractTerms.irrevocableOrPerpetualGrant"] = "A standard-form clause grants an unlimited-term, irrevocable or freely sub-licensable right to process the facial information (SPC FR Art. 11).",
        ["$.changes"] = "Changes made after collection.",
        ["$.changes.purposeExtendedBeyondOriginal"] = "The information is (or is to be) used beyond the purpose originally stated or agreed.",
        ["$.changes.reconsentObtained"] = "Fresh consent was obtained for the change (PIPL Art. 14 para. 2).",
        ["$.changes.entryMethodSwitchedUnilaterally"] = "The processor unilaterally switched an agreed entry or verification method to recognition (Guo Bing).",
        ["$.scraping"] = "How a recognition database is built.",
        ["$.scraping.untargetedFromInternetOrCctv"] = "Facial images are scraped untargeted from the internet or CCTV footage (EU AI Act Art. 5(1)(e)).",
        ["$.entrustment"] = "Processing entrusted to a vendor that processes on the processor's behalf (PIPL Art. 21, NDSMR Art. 12); a recipient deciding its own purposes is under sharing.",
        ["$.entrustment.entrusted"] = "The processor entrusts the processing, or part of it, to another party.",
        ["$.entrustment.agreementTerms"] = "What the entrustment agreement fixes (PIPL Art. 21: purpose, period, method, categories, protection measures, rights and duties); empty when there is no agreement.",
        ["$.entrustment.supervised"] = "The processor supervises the entrusted party's processing.",
        ["$.entrustment.processedBeyondAgreement"] = "The entrusted party processes beyond the agreed purpose or method.",
        ["$.entrustment.subEntrustedWithoutConsent"] = "The entrusted party passed the processing on without the processor's consent.",
        ["$.entrustment.retainedAfterEnd"] = "The entrusted party kept the information after the agreement ended, was void or revoked, instead of returning or deleting it.",
        ["$.entrustment.recordsKeptThreeYears"] = "Records of the entrusted processing are kept at least 3 years (NDSMR Art. 12).",
        ["$.audit"] = "Personal-information protection compliance audits (PIPL Art. 54; CAC audit measures, 2025-05-01).",
        ["$.audit.done"] = "Whether a compliance audit of the processing was ever carried out.",
        ["$.audit.lastAuditOn"] = "When the last compliance audit was completed (YYYY-MM-DD).",
        ["$.audit.personsProcessed"] = "How many persons' personal information, of any kind, the processor handles (the CAC audit measures' threshold is 10,000,000).",
        ["$.usBiometric"] = "The facts the US state biometric statutes turn on beyond notice, consent, storage and sharing: the Illinois Biometric Information Privacy Act (740 ILCS 14) and Texas Bus. & Com. Code § 503.001.",
        ["$.usBiometric.governmentEntity"] = "Whether the processor is a State or local government agency, an Illinois court, clerk or judge (not a private entity, BIPA 14/10), or a contractor, subcontractor or agent of a State agency or local unit of government working for it (BIPA 14/25(e)).",
        ["$.usBiometric.commercialPurpose"] = "Whether the biometric identifiers are captured for a commercial purpose (Texas § 503.001(b)).",
        ["$.usBiometric.noticeInWriting"] = "Whether the notice that biometric data is collected, of its specific purpose and of the length of term was given in writing (BIPA 14/15(b)(1)-(2)).",
        ["$.usBiometric.profitFromData"] = "Whether, beyond selling, leasing or trading it (sharing.sold), the processor otherwise profits from the biometric data (BIPA 14/15(c)).",
        ["$.usBiometric.disclosureGrounds"] = "The grounds, other than the individual's consent to the disclosure (sharing.consentForSharing), on which every disclosure to others rests; empty when there is none.",
        ["$.usBiometric.reasonableCare"] = "Whether the biometric data is stored, transmitted and protected from disclosure with reasonable care, by the standard of the processor's industry (BIPA 14/15(e)(1); Texas § 503.001(c)(2)).",
        ["$.usBiometric.protectedAsOtherConfidentialData"] = "Whether it is protected the same way as, or more protectively than, the processor's other confidential and sensitive information (BIPA 14/15(e)(2); Texas § 503.001(c)(2)).",
        ["$.usBiometric.keptAfterPurposeEnds"] = "How long the biometric data is kept once the purpose of collecting it is satisfied or expires, as an ISO-8601 period; P0D when it is destroyed then (BIPA 14/15(a); Texas § 503.001(c)(3): at most one year).",
        ["$.usBiometric.keptAfterLastInteraction"] = "How long the biometric data is kept at most after the individual's last interaction with the processor, as an ISO-8601 period (BIPA 14/15(a): at most 3 years).",
        ["$.gdpr"] = "What the GDPR (Regulation (EU) 2016/679) asks beyond the other sections. For an EU activity, impactAssessment is the data protection impact assessment of Art. 35 and notice the information of Art. 13.",
        ["$.gdpr.article9Condition"] = "The condition of GDPR Art. 9(2) under which biometric data for unique identification (a special category) may be processed; None when none applies. ExplicitConsent needs consent.obtained and consent.explicit.",
        ["$.gdpr.largeScale"] = "The processing is on a large scale (GDPR Art. 35(3)(b)-(c), Recital 91: a considerable number of data subjects, a regional, national or supranational reach).",
        ["$.gdpr.systematicMonitoring"] = "The processing systematically monitors the area where it takes place (GDPR Art. 35(3)(c); with publicPlace, a publicly accessible area).",
        ["$.aiSystem"] = "The AI system that does the recognition, as the EU AI Act (Regulation (EU) 2024/1689) asks about it. Its function is $.function, real-time remote identification $.realTimeRemoteIdentification, database building $.scraping.",
        ["$.aiSystem.workplaceOrEducation"] = "The system is used in the workplace or in an education institution (EU AI Act Art. 5(1)(f)).",
        ["$.aiSystem.medicalOrSafetyReasons"] = "The system is put in place or on the market for medical or safety reasons (the exception of EU AI Act Art. 5(1)(f)).",
        ["$.aiSystem.infersSensitiveTraits"] = "The system deduces or infers race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation (EU AI Act Art. 5(1)(g)).",
        ["$.aiSystem.datasetLabellingOrFiltering"] = "The system only labels or filters lawfully acquired biometric datasets (the exception of EU AI Act Art. 5(1)(g)).",
        ["$.aiSystem.lawEnforcement"] = "The system is used for the purposes of law enforcement (EU AI Act Art. 3(46)).",
        ["$.aiSystem.lawEnforcementObjective"] = "The objective of a law-enforcement use: one of the three of EU AI Act Art. 5(1)(h)(i)-(iii), or Other.",
        ["$.aiSystem.authorisation"] = "The authorisation of a law-enforcement use of real-time remote identification by a judicial or independent administrative authority (EU AI Act Art. 5(3)).",
        ["$.realTimeRemoteIdentification"] = "Whether this is real-time remote biometric identification in publicly accessible spaces (EU AI Act Art. 5(1)(h)).",
        ["$.accepted"] = "Findings the team accepts, each rule at most once. Not a fact: the assessment is unchanged (a violation stays Violated); the build does not report an accepted finding with a justification, and the tool shows the justification next to it.",
        ["$.accepted.rule"] = "The ID of the accepted rule (docs/rules-catalog.md).",
        ["$.accepted.justification"] = "Why the finding is accepted: the evidence, the decision, who took it. Blank text accepts nothing (BIO2007).",
    };

    /// <summary>
    /// The contradiction clauses, in the order of the schema's <c>allOf</c> arrays: the section (JSON path), a
    /// comment, and the clause (JSON Schema, <c>if</c>/<c>then</c> or <c>not</c>, written with <c>'</c> for <c>"</c>, so
    /// a clause cannot hold an apostrophe). They mirror the model's checks
    /// (<see cref="Model.FactGuard"/>); the tests compare the reader and the schema on random documents.
    /// </summary>
    public static readonly IReadOnlyList<(string Section, string Comment, string Clause)> Contradictions = new[]
    {
        ("$", "A processor holding consent relies on it (Consent) or on another basis, not on None.",
            @"{'not': {'type': 'object', 'properties': {'legalBasis': {'const': 'None'}, 'consent': {'type': 'object', 'properties': {'obtained': {'const': true}}, 'required': ['obtained']}}, 'required': ['legalBasis', 'consent']}}"),
        ("$.consent", "Without consent, no consent can be separate, written, bundled, a guardian's, signed or explicit.",
            @"{'if': {'properties': {'obtained': {'const': false}}, 'required': ['obtained']}, 'then': {'properties': {'separate': {'not': {'const': true}}, 'written': {'not': {'const': true}}, 'bundled': {'not': {'const': true}}, 'guardianForMinors': {'not': {'const': true}}, 'electronicSignature': {'not': {'const': true}}, 'explicit': {'not': {'const': true}}}}}"),
        ("$.consent", "Separate consent cannot be bundled with other authorisations.",
            @"{'not': {'type': 'object', 'properties': {'separate': {'const': true}, 'bundled': {'const': true}}, 'required': ['separate', 'bundled']}}"),
        ("$.notice", "Without a notice, nothing is notified before processing, on signs, or in it.",
            @"{'if': {'properties': {'given': {'const': false}}, 'required': ['given']}, 'then': {'properties': {'beforeProcessing': {'not': {'const': true}}, 'conspicuousSigns': {'not': {'const': true}}, 'elements': {'maxItems': 0}}}}"),
        ("$.necessity", "An alternative that does not exist cannot be offered.",
            @"{'if': {'properties': {'nonBiometricAlternativeExists': {'const': false}}, 'required': ['nonBiometricAlternativeExists']}, 'then': {'properties': {'alternativeOffered': {'not': {'const': true}}}}}"),
        ("$.necessity", "Recognition is not the only method when an alternative is offered.",
            @"{'not': {'type': 'object', 'properties': {'alternativeOffered': {'const': true}, 'soleVerificationMethod': {'const': true}}, 'required': ['alternativeOffered', 'soleVerificationMethod']}}"),
        ("$.impactAssessment", "An assessment that was not done has no completion date, contents or kept report.",
            @"{'if': {'properties': {'done': {'const': false}}, 'required': ['done']}, 'then': {'properties': {'completedOn': {'type': 'null'}, 'covers': {'maxItems': 0}, 'reportKeptThreeYears': {'not': {'const': true}}}}}"),
        ("$.storage", "What stays on the device is neither transmitted over the internet nor taken across the border.",
            @"{'if': {'properties': {'onDeviceOnly': {'const': true}}, 'required': ['onDeviceOnly']}, 'then': {'properties': {'transmittedOverInternet': {'not': {'const': true}}, 'crossBorder': {'not': {'const': true}}}}}"),
        ("$.storage", "Without a cross-border transfer there is no mechanism for one (None is allowed).",
            @"{'if': {'properties': {'crossBorder': {'const': false}}, 'required': ['crossBorder']}, 'then': {'properties': {'crossBorderMechanism': {'enum': ['None', null]}}}}"),
        ("$.sharing", "What is not provided to third parties is not sold.",
            @"{'if': {'properties': {'sharedWithThirdParties': {'const': false}}, 'required': ['sharedWithThirdParties']}, 'then': {'properties': {'sold': {'not': {'const': true}}}}}"),
        ("$.entrustment", "Nothing entrusted: no agreement terms, supervision, breaches by the entrusted party or records.",
            @"{'if': {'properties': {'entrusted': {'const': false}}, 'required': ['entrusted']}, 'then': {'properties': {'agreementTerms': {'maxItems': 0}, 'supervised': {'not': {'const': true}}, 'processedBeyondAgreement': {'not': {'const': true}}, 'subEntrustedWithoutConsent': {'not': {'const': true}}, 'retainedAfterEnd': {'not': {'const': true}}, 'recordsKeptThreeYears': {'not': {'const': true}}}}}"),
        ("$.audit", "An audit that was never done has no date.",
            @"{'if': {'properties': {'done': {'const': false}}, 'required': ['done']}, 'then': {'properties': {'lastAuditOn': {'type': 'null'}}}}"),
        ("$.aiSystem", "An objective or an authorisation describes a law-enforcement use.",
            @"{'if': {'properties': {'lawEnforcement': {'const': false}}, 'required': ['lawEnforcement']}, 'then': {'properties': {'lawEnforcementObjective': {'type': 'null'}, 'authorisation': {'type': 'null'}}}}"),
        ("$.filing", "A filing date needs the threshold date, or the deadline cannot be checked.",
            @"{'if': {'properties': {'filedOn': {'type': 'string'}}, 'required': ['filedOn']}, 'then': {'properties': {'thresholdReachedOn': {'type': 'string'}}, 'required': ['thresholdReachedOn']}}"),
        ("$.security", "Without an incident nobody is notified of one.",
            @"{'if': {'properties': {'incident': {'const': false}}, 'required': ['incident']}, 'then': {'properties': {'individualsNotified': {'not': {'const': true}}, 'regulatorNotified': {'not': {'const': true}}}}}"),
    };

    /// <summary>The shared definitions (<c>$defs</c>).</summary>
    public const string Definitions = @"{
              ""date"": {
                ""description"": ""A calendar date, YYYY-MM-DD."",
                ""type"": [
                  ""string"",
                  ""null""
                ],
                ""pattern"": ""^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"",
                ""format"": ""date""
              },
              ""periodBound"": {
                ""description"": ""A date (YYYY-MM-DD, a local date in the jurisdiction) or an instant with Z or an offset (2021-07-31T16:00:00Z, 2021-08-01T00:00:00+08:00)."",
                ""type"": [
                  ""string"",
                  ""null""
                ],
                ""anyOf"": [
                  {
                    ""pattern"": ""^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"",
                    ""format"": ""date""
                  },
                  {
                    ""pattern"": ""^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-4]):[0-5][0-9]:[0-5][0-9]([.,][0-9]{1,9})?(Z|[+-][0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?)$""
                  }
                ]
              },
              ""isoPeriod"": {
                ""description"": ""An ISO-8601 period: P, then years, months, weeks, days (Y, M, W, D), then T and hours, minutes, seconds (H, M, S), e.g. P30D, P6M, P1Y6M, PT12H."",
                ""type"": [
                  ""string"",
                  ""null""
                ],
                ""pattern"": ""^P(?=[0-9]|T[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]{1,9})?S)?)?$""
              }
            }";
}
