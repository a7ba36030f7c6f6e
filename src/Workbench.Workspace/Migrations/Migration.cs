namespace Workbench.Workspace.Migrations;

/// <summary>One numbered schema change; <see cref="Version"/> is the <c>PRAGMA user_version</c> after it runs.</summary>
public sealed record Migration(int Version, string Description, string Sql);
