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
        new(2, "Experiment tracking and the model registry", """
            CREATE TABLE wb_experiments (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
                created     TEXT NOT NULL
            );
            CREATE TABLE wb_runs (
                id                  TEXT PRIMARY KEY,
                experiment_id       INTEGER NOT NULL REFERENCES wb_experiments(id) ON DELETE CASCADE,
                parent_id           TEXT REFERENCES wb_runs(id) ON DELETE CASCADE,
                name                TEXT NOT NULL,
                status              TEXT NOT NULL,
                started             TEXT NOT NULL,
                ended               TEXT,
                dataset             TEXT,
                dataset_fingerprint TEXT,
                task                TEXT,
                trainer             TEXT,
                seed                INTEGER,
                app_version         TEXT NOT NULL,
                source              TEXT NOT NULL,
                error               TEXT,
                owner_instance      TEXT NOT NULL,
                owner_pid           INTEGER NOT NULL,
                owner_started       TEXT NOT NULL
            );
            CREATE INDEX wb_runs_experiment ON wb_runs(experiment_id, started);
            CREATE INDEX wb_runs_started ON wb_runs(started);
            CREATE INDEX wb_runs_parent ON wb_runs(parent_id);
            CREATE INDEX wb_runs_status ON wb_runs(status);
            CREATE TABLE wb_params (
                run_id      TEXT NOT NULL REFERENCES wb_runs(id) ON DELETE CASCADE,
                name        TEXT NOT NULL,
                value       TEXT NOT NULL,
                PRIMARY KEY (run_id, name)
            ) WITHOUT ROWID;
            CREATE TABLE wb_metrics (
                run_id      TEXT NOT NULL REFERENCES wb_runs(id) ON DELETE CASCADE,
                key         TEXT NOT NULL,
                split       TEXT NOT NULL,
                fold        INTEGER NOT NULL,
                subset      TEXT NOT NULL,
                value       REAL,
                PRIMARY KEY (run_id, key, split, fold, subset)
            ) WITHOUT ROWID;
            CREATE TABLE wb_tags (
                run_id      TEXT NOT NULL REFERENCES wb_runs(id) ON DELETE CASCADE,
                name        TEXT NOT NULL,
                value       TEXT NOT NULL,
                PRIMARY KEY (run_id, name)
            ) WITHOUT ROWID;
            CREATE TABLE wb_artifacts (
                run_id      TEXT NOT NULL REFERENCES wb_runs(id) ON DELETE CASCADE,
                name        TEXT NOT NULL,
                media_type  TEXT NOT NULL,
                bytes       INTEGER NOT NULL,
                content     BLOB NOT NULL,
                created     TEXT NOT NULL,
                PRIMARY KEY (run_id, name)
            );
            CREATE TABLE wb_models (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
                created     TEXT NOT NULL
            );
            CREATE TABLE wb_model_versions (
                model_id    INTEGER NOT NULL REFERENCES wb_models(id) ON DELETE CASCADE,
                version     INTEGER NOT NULL,
                run_id      TEXT NOT NULL REFERENCES wb_runs(id),
                created     TEXT NOT NULL,
                PRIMARY KEY (model_id, version)
            );
            CREATE INDEX wb_model_versions_run ON wb_model_versions(run_id);
            CREATE TABLE wb_model_aliases (
                model_id    INTEGER NOT NULL,
                alias       TEXT NOT NULL COLLATE NOCASE,
                version     INTEGER NOT NULL,
                PRIMARY KEY (model_id, alias),
                FOREIGN KEY (model_id, version) REFERENCES wb_model_versions(model_id, version) ON DELETE CASCADE
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
        new(4, "Run owners' process start ticks and heartbeats", """
            ALTER TABLE wb_runs ADD COLUMN owner_ticks INTEGER;
            ALTER TABLE wb_runs ADD COLUMN heartbeat TEXT;
            """),
    ];
}
