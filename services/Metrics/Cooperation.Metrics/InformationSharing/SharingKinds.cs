namespace Cooperation.Metrics.InformationSharing;

/// <summary>The mechanisms ¶4a names: Europol (SIENA), Eurojust, INTERPOL, the liaison officers, and direct bilateral exchange.</summary>
public enum SharingChannel
{
    EuropolSiena = 1,
    Eurojust = 2,
    Interpol = 3,
    LiaisonOfficer = 4,
    Bilateral = 5,
}

/// <summary>Whether the agency asked or was asked.</summary>
public enum SharingDirection
{
    Sent = 1,
    Received = 2,
}

/// <summary>A request's deadline band (<see cref="DeadlineBands"/>).</summary>
public enum UrgencyBand
{
    Urgent = 1,
    ThreeDays = 2,
    SevenDays = 3,
}

/// <summary>The handling code the information carried: the restrictions on its use, never its content.</summary>
public enum HandlingCode
{
    H0 = 1,
    H1 = 2,
    H2 = 3,
    H3 = 4,
}

/// <summary>The grounds on which a request may be refused, after Directive (EU) 2023/977.</summary>
public enum RefusalReason
{
    NotAvailable = 1,
    ConsentRefused = 2,
    JeopardisesInvestigation = 3,
    NationalSecurity = 4,
    Disproportionate = 5,
    MinorOffence = 6,
    FundamentalRights = 7,
    Other = 8,
}

/// <summary>Where an exchange stands.</summary>
public enum ExchangeStatus
{
    Pending = 1,
    Answered = 2,
    Refused = 3,
}
