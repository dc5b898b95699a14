namespace BiometricConsent.Policy.Rules;

/// <summary>The outcome of one rule for one activity (docs/policy-model.md, "Outcomes and engine semantics").</summary>
public enum Outcome
{
    /// <summary>The facts breach the rule (for SPC FR rules: a court would find infringement or reject the consent defence).</summary>
    Violated = 1,

    /// <summary>The rule applies and the facts meet it.</summary>
    Satisfied = 2,

    /// <summary>The rule's trigger is absent (wrong processor kind, venue, no minors, ...).</summary>
    NotApplicable = 3,

    /// <summary>The rule's effective interval does not overlap the period, or its instrument is a draft.</summary>
    NotInForce = 4,

    /// <summary>The deciding facts are missing; the finding lists their JSON paths.</summary>
    Undetermined = 5,
}
