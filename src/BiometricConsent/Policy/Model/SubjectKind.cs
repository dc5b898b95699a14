namespace BiometricConsent.Policy.Model;

/// <summary>Whose biometric information is processed (<c>subjects.kinds</c> in docs/activity-format.md).</summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum SubjectKind
{
    /// <summary>Consumers of a business operator.</summary>
    Consumer = 1,

    /// <summary>Employees.</summary>
    Employee = 2,

    /// <summary>Residents or occupants of a property.</summary>
    Resident = 3,

    /// <summary>Members or card holders.</summary>
    Member = 4,

    /// <summary>Students.</summary>
    Student = 5,

    /// <summary>Patients.</summary>
    Patient = 6,

    /// <summary>Members of the public.</summary>
    Public = 7,
}
