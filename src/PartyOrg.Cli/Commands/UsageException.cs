using System;

namespace PartyOrg.Cli.Commands;

/// <summary>A wrong command line; the message says what was expected. Exit code 2.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public UsageException(string message)
        : base(message)
    {
    }
}
