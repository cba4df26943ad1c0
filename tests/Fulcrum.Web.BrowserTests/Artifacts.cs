namespace Fulcrum.Web.BrowserTests;

/// <summary>
/// Where the tests keep what a person looks at afterwards (screenshots, measured times): the test
/// results folder, $FULCRUM_TEST_ARTIFACTS if set, else TestResults/browser beside this project.
/// </summary>
public static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("FULCRUM_TEST_ARTIFACTS") is { Length: > 0 } set ? set : Path.Combine(ProjectFolder(), "TestResults", "browser")).FullName;

    public static string File(string name) => Path.Combine(Folder, name);

    private static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (dir.GetFiles("Fulcrum.Web.BrowserTests.csproj").Length > 0) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
