using System.Runtime.CompilerServices;

// The BDM and uncertainty tests check internal pieces against outside references (CPython's set order, Python's quantiles).
[assembly: InternalsVisibleTo("Fulcrum.Bargaining.Tests")]
