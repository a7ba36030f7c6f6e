namespace Workbench.Ml.Monitoring;

/// <summary>A monitoring request that does not fit the model or the data; the message says what to change.</summary>
public sealed class MonitoringException(string message) : Exception(message);
