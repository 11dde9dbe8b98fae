namespace Cooperation.Training.Completion;

/// <summary>A certificate's standing as its code shows it. Numbers match the proto enum.</summary>
public enum CertificateStatus
{
    Valid = 1,
    Expired = 2,
    Revoked = 3,
}
