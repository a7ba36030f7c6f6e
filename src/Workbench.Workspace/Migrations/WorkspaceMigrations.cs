namespace Workbench.Workspace.Migrations;

/// <summary>The ordered schema history of a workspace. Append new steps; never edit a released one.</summary>
public static class WorkspaceMigrations
{
    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "Catalog, cached profiles, log and settings", """
            CREATE TABLE wb_datasets (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
                source      TEXT NOT NULL,
                rows        INTEGER NOT NULL,
                fingerprint TEXT NOT NULL,
                created     TEXT NOT NULL,
                version     INTEGER NOT NULL DEFAULT 1
            );
            CREATE TABLE wb_columns (
                dataset_id  INTEGER NOT NULL REFERENCES wb_datasets(id) ON DELETE CASCADE,
                ordinal     INTEGER NOT NULL,
                name        TEXT NOT NULL,
                type        TEXT NOT NULL,
                missing     INTEGER NOT NULL,
                PRIMARY KEY (dataset_id, ordinal)
            );
            CREATE TABLE wb_profiles (
                dataset_id  INTEGER NOT NULL REFERENCES wb_datasets(id) ON DELETE CASCADE,
                version     INTEGER NOT NULL,
                json        TEXT NOT NULL,
                created     TEXT NOT NULL,
                PRIMARY KEY (dataset_id, version)
            );
            CREATE TABLE wb_log (
                id          INTEGER PRIMARY KEY,
                time        TEXT NOT NULL,
                level       TEXT NOT NULL,
                source      TEXT NOT NULL,
                message     TEXT NOT NULL,
                exception   TEXT
            );
            CREATE INDEX wb_log_time ON wb_log(time);
            CREATE TABLE wb_settings (
                scope       TEXT NOT NULL,
                key         TEXT NOT NULL,
                json        TEXT NOT NULL,
                version     INTEGER NOT NULL,
                updated     TEXT NOT NULL,
                PRIMARY KEY (scope, key)
            );
            """),
        new(3, "Monitors and their reports", """
            CREATE TABLE wb_monitors (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
                model       TEXT NOT NULL,
                version     INTEGER NOT NULL,
                run_id      TEXT NOT NULL,
                stream      TEXT NOT NULL,
                reference   TEXT NOT NULL,
                created     TEXT NOT NULL,
                batches     INTEGER NOT NULL,
                alerts      INTEGER NOT NULL,
                options     TEXT NOT NULL,
                report      TEXT NOT NULL
            );
            """),
    ];
}
