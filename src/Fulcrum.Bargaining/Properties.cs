using System.Runtime.CompilerServices;

// The tests check internal kernels (KTAB's generator, the PCEs) against published values directly.
[assembly: InternalsVisibleTo("Fulcrum.Bargaining.Tests")]
