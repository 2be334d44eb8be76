import GRDB

/// The tables of the translation memory, created and upgraded by GRDB migrations.
///
/// - `article`: one row per file imported: `path` (unique), `locale`, `contentHash` (SHA-256 of the
///   bytes), `translationType` (HT/MT/NULL), `date` (`ms.date`), `lastHandoff`, `assetID`, `importedAt`.
/// - `source`: one row per distinct English text: `key` (unique exact-match key, see ``MatchText``),
///   `text` (the plain text first seen with that key), `words`.
/// - `sourceSearch`: an FTS5 index over `source.text` (external content, `unicode61` tokenizer with
///   diacritics removed): where fuzzy search finds its candidates. The import keeps it in step, once
///   per import (an FTS5 row written per statement, as a trigger would, flushes FTS5's pending terms to
///   disk at every statement's end and made a corpus import three times slower).
/// - `sourceTerms`: the words of `sourceSearch` and how many texts hold each (fts5vocab), so fuzzy
///   search can leave out the words most texts have.
/// - `translationUnit`: one row per aligned pair: its `article` and `source`, `locale`, `segmentID`,
///   `position` in the article, `startLine`/`startColumn`, `blockKind`, `source`/`target` as written
///   (sxs Markdown), `sourceText`/`targetText` without markup.
enum MemorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    locale TEXT NOT NULL,
                    contentHash TEXT NOT NULL,
                    translationType TEXT CHECK (translationType IN ('HT', 'MT')),
                    date TEXT,
                    lastHandoff TEXT,
                    assetID TEXT,
                    importedAt TEXT NOT NULL
                );
                CREATE TABLE source (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    text TEXT NOT NULL,
                    words INTEGER NOT NULL
                );
                CREATE VIRTUAL TABLE sourceSearch USING fts5(
                    text, content = 'source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE VIRTUAL TABLE sourceTerms USING fts5vocab(sourceSearch, row);
                CREATE TABLE translationUnit (
                    id INTEGER PRIMARY KEY,
                    articleID INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    sourceID INTEGER NOT NULL REFERENCES source(id),
                    locale TEXT NOT NULL,
                    segmentID TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    startLine INTEGER NOT NULL,
                    startColumn INTEGER NOT NULL,
                    blockKind TEXT NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    sourceText TEXT NOT NULL,
                    targetText TEXT NOT NULL,
                    UNIQUE (articleID, position)
                );
                CREATE INDEX translationUnit_source ON translationUnit(sourceID, locale);
                """)
        }
        return migrator
    }
}
