namespace Fulcrum.Cli.Tests.Faults;

/// <summary>The kill sweep and the locked-store tests share one <see cref="SweepFiles"/>.</summary>
[CollectionDefinition(SweepFiles.Collection)]
public sealed class SweepFilesCollection : ICollectionFixture<SweepFiles>;
