namespace Cooperation.Training.Exchanges;

/// <summary>What is exchanged; stored and announced as "personnel_exchange" / "expert_exchange". Numbers match the proto enum.</summary>
public enum ExchangeKind
{
    PersonnelExchange = 1,
    ExpertExchange = 2,
}
