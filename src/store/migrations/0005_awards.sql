-- Schema 5: awards at the end of the year. Nominations go proposed → approved (by the
-- director's order) → printed (a number from the certificate register) → handed over.
-- A shipped migration is never edited; changes go into a new file.

-- Kinds of award; built-in ones (builtin = 1) are named by the locales (`award-kind-<code>`).
-- A kind that prints no certificate (a valuable prize) still takes a number in the register.
CREATE TABLE award_kind (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    name_ru   TEXT NOT NULL DEFAULT '',
    name_kk   TEXT NOT NULL DEFAULT '',
    name_en   TEXT NOT NULL DEFAULT '',
    prints    INTEGER NOT NULL DEFAULT 1 CHECK (prints IN (0, 1)),
    position  INTEGER NOT NULL
) STRICT;
INSERT INTO award_kind (code, builtin, prints, position) VALUES
    ('gramota', 1, 1, 1),
    ('thanks',  1, 1, 2),
    ('diploma', 1, 1, 3),
    ('prize',   1, 0, 4);

-- Nomination titles from the regulations (`nomination-title-<code>` for built-in ones), each
-- with the kind of award it usually brings.
CREATE TABLE nomination_title (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    builtin       INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    name_ru       TEXT NOT NULL DEFAULT '',
    name_kk       TEXT NOT NULL DEFAULT '',
    name_en       TEXT NOT NULL DEFAULT '',
    award_kind_id INTEGER NOT NULL REFERENCES award_kind (id),
    position      INTEGER NOT NULL
) STRICT;
INSERT INTO nomination_title (code, builtin, award_kind_id, position) VALUES
    ('best-parents-committee',  1, 1, 1),
    ('most-active-parent',      1, 2, 2),
    ('friendly-family',         1, 3, 3),
    ('best-parents-collective', 1, 1, 4),
    ('parents-methodist',       1, 1, 5),
    ('best-partner',            1, 2, 6),
    ('book-of-honour',          1, 3, 7);

CREATE TABLE nomination (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2199),
    title_id        INTEGER NOT NULL REFERENCES nomination_title (id),
    award_kind_id   INTEGER NOT NULL REFERENCES award_kind (id),
    nominee_kind    TEXT NOT NULL CHECK (nominee_kind IN ('person', 'family', 'collective', 'organisation')),
    -- A person: surname, given name, patronymic, gender. Others: `name` only.
    surname         TEXT NOT NULL DEFAULT '',
    given_name      TEXT NOT NULL DEFAULT '',
    patronymic      TEXT NOT NULL DEFAULT '',
    gender          TEXT CHECK (gender IN ('f', 'm')),
    name            TEXT NOT NULL DEFAULT '',
    -- The name as printed in the dative and genitive when set by hand (empty: computed).
    name_dative     TEXT NOT NULL DEFAULT '',
    name_genitive   TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('teacher', 'partner', 'parent', 'pupil', 'other')),
    partner_id      INTEGER REFERENCES partner (id),
    reason_ru       TEXT NOT NULL DEFAULT '',
    reason_kk       TEXT NOT NULL DEFAULT '',
    reason_en       TEXT NOT NULL DEFAULT '',
    proposed_by     TEXT NOT NULL DEFAULT '',
    order_number    TEXT NOT NULL DEFAULT '',
    order_date      TEXT,
    handed_on       TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    deleted_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- Approved means an order: both its number and date, or neither.
    CHECK ((order_number = '') = (order_date IS NULL))
) STRICT;
CREATE INDEX nomination_year ON nomination (year);

-- The journal of issued certificates: numbers are gap-free per year, assigned in the
-- transaction that prints, never reused (a nomination with a certificate is never deleted).
CREATE TABLE certificate (
    id             INTEGER PRIMARY KEY,
    nomination_id  INTEGER NOT NULL UNIQUE REFERENCES nomination (id),
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    number         TEXT NOT NULL UNIQUE,
    issued_on      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    UNIQUE (year, seq)
) STRICT;

-- A certificate's look and words per award kind and language; missing rows use the defaults.
CREATE TABLE certificate_template (
    award_kind_id  INTEGER NOT NULL REFERENCES award_kind (id),
    lang           TEXT NOT NULL CHECK (lang IN ('ru', 'kk', 'en')),
    settings       TEXT NOT NULL,
    background     BLOB,
    PRIMARY KEY (award_kind_id, lang)
) STRICT;

ALTER TABLE organisation ADD COLUMN certificate_number_pattern TEXT NOT NULL DEFAULT '{n}/{yyyy}';
