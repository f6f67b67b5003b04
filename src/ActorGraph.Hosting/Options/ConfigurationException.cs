namespace ActorGraph.Hosting.Options;

/// <summary>The configuration asks for something this build cannot do; the message says what to change.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConfigurationException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ConfigurationException() : this("invalid configuration") { }

    /// <summary>Creates the exception.</summary>
    public ConfigurationException(string message, Exception innerException) : base(message, innerException) { }
}
