-- Schema 1: the partner register.
-- A shipped migration is never edited; changes go into a new file.

PRAGMA application_id = 1346655051; -- 0x5044534B, 'PDSK'

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The user-extensible lists. Built-in entries (builtin = 1) are named by the locales
-- (`<list>-<code>`); the user's own entries carry their names here.
CREATE TABLE catalog_entry (
    id        INTEGER PRIMARY KEY,
    list      TEXT NOT NULL CHECK (list IN ('category', 'direction', 'form')),
    code      TEXT NOT NULL,
    builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    name_ru   TEXT NOT NULL DEFAULT '',
    name_kk   TEXT NOT NULL DEFAULT '',
    name_en   TEXT NOT NULL DEFAULT '',
    internal  INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    position  INTEGER NOT NULL,
    UNIQUE (list, code)
) STRICT;

CREATE TABLE partner (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name   TEXT NOT NULL DEFAULT '',
    category_id  INTEGER NOT NULL REFERENCES catalog_entry (id),
    internal     INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    address      TEXT NOT NULL DEFAULT '',
    phones       TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    website      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    name_key     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    archived_at  TEXT
) STRICT;
CREATE INDEX partner_name_key ON partner (name_key);
CREATE INDEX partner_category ON partner (category_id);

CREATE TABLE partner_catalog (
    partner_id  INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    entry_id    INTEGER NOT NULL REFERENCES catalog_entry (id),
    PRIMARY KEY (partner_id, entry_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX partner_catalog_entry ON partner_catalog (entry_id);

CREATE TABLE contact (
    id          INTEGER PRIMARY KEY,
    partner_id  INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    position_no INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position    TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX contact_partner ON contact (partner_id, position_no);

-- Search: one document per partner (rowid = partner.id) holding its name, short name,
-- contact names and notes, folded by the core (lower case, ё → е) before it is written.
CREATE VIRTUAL TABLE partner_search USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);

INSERT INTO catalog_entry (list, code, builtin, internal, position) VALUES
    ('category', 'parents',          1, 1, 1),
    ('category', 'own_clubs',        1, 1, 2),
    ('category', 'own_departments',  1, 1, 3),
    ('category', 'own_facilities',   1, 1, 4),
    ('category', 'education',        1, 0, 5),
    ('category', 'culture',          1, 0, 6),
    ('category', 'sport_health',     1, 0, 7),
    ('category', 'safety',           1, 0, 8),
    ('category', 'social',           1, 0, 9),
    ('category', 'akimat',           1, 0, 10),
    ('category', 'ngo',              1, 0, 11),
    ('category', 'media',            1, 0, 12),
    ('category', 'business',         1, 0, 13),
    ('direction', 'educational',     1, 0, 1),
    ('direction', 'career_guidance', 1, 0, 2),
    ('direction', 'health',          1, 0, 3),
    ('direction', 'social',          1, 0, 4),
    ('direction', 'sociocultural',   1, 0, 5),
    ('direction', 'artistic',        1, 0, 6),
    ('direction', 'patriotic',       1, 0, 7),
    ('direction', 'environmental',   1, 0, 8),
    ('form', 'joint_events',         1, 0, 1),
    ('form', 'meetings',             1, 0, 2),
    ('form', 'consultations',        1, 0, 3),
    ('form', 'round_tables',         1, 0, 4),
    ('form', 'excursions',           1, 0, 5),
    ('form', 'specialists',          1, 0, 6),
    ('form', 'master_classes',       1, 0, 7),
    ('form', 'open_lessons',         1, 0, 8),
    ('form', 'contests',             1, 0, 9),
    ('form', 'exhibitions',          1, 0, 10),
    ('form', 'campaigns',            1, 0, 11),
    ('form', 'concerts',             1, 0, 12),
    ('form', 'holidays',             1, 0, 13),
    ('form', 'parents_meetings',     1, 0, 14),
    ('form', 'sponsorship',          1, 0, 15);
