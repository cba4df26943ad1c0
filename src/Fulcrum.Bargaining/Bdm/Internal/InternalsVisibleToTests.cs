using System.Runtime.CompilerServices;

// The BDM tests check internal pieces against outside references (CPython's set order).
[assembly: InternalsVisibleTo("Fulcrum.Bargaining.Tests")]
