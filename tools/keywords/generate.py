#!/usr/bin/env python3
"""Regenerates src/dialect/*/…keywords.cpp: the words each engine refuses as bare identifiers.

Starts throw-away servers (PostgreSQL 17, MariaDB 11.8; SQLite in memory), probes every keyword
the engine knows, lowercase, bare and quoted, in every position our DDL generators write an
identifier (see probe-postgres.sql, probe-mariadb.sql and probe_sqlite() below), and keeps a
word only when the bare and quoted probes disagree: the bare word is refused somewhere, or it
means something else. Run it through tools/keywords/generate.sh.
"""

import argparse
import contextlib
import ctypes
import datetime
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PLAIN = re.compile(r"^[a-z_][a-z0-9_]*$")
CONTROL = "kwt_plain"  # not a keyword anywhere: what a harmless word's probe looks like


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def wait_until(ready, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit(f"{what} not ready after {timeout} s")
        time.sleep(0.05)


def parse_rows(text):
    """word|quoted outcome|bare outcome → {word: (quoted, bare)}"""
    rows = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        word, quoted, bare = line.split("|")
        rows[word] = (quoted.strip(), bare.strip())
    return rows


def fields(outcome):
    return dict(f.split("=", 1) for f in outcome.split())


def decide(engine, rows):
    """Words whose bare probe differs from the quoted one; logs why, and odd quoted probes."""
    control = fields(rows.pop(CONTROL)[0]) if CONTROL in rows else None
    needs = []
    for word in sorted(rows):
        quoted, bare = (fields(o) for o in rows[word])
        if control is not None:
            odd = [k for k, v in quoted.items()
                   if control.get(k) not in (v, v.replace(f".{word}", f".{CONTROL}"))]
            if odd:
                log(f"{engine}: note: quoted {word} is not like a plain name: "
                    + ", ".join(f"{k}={quoted[k]}" for k in odd))
        differ = [k for k in quoted if quoted[k] != bare.get(k)]
        if differ:
            log(f"{engine}: quote {word}: bare differs in "
                + ", ".join(f"{k}({bare.get(k)})" for k in differ))
            needs.append(word)
    return needs


# --- PostgreSQL ----------------------------------------------------------------------------


@contextlib.contextmanager
def postgres_server(bindir, tmp):
    """A throw-away cluster in tmp/pg, unix socket only; yields the psql command line."""
    d = os.path.join(tmp, "pg")
    os.mkdir(d)
    shutil.chown(d, "postgres", "postgres")
    as_pg = ["runuser", "-u", "postgres", "--"]
    run(as_pg + [f"{bindir}/initdb", "-D", f"{d}/data", "-U", "postgres", "-A", "trust", "-E",
                 "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"])
    server = subprocess.Popen(
        as_pg + [f"{bindir}/postgres", "-D", f"{d}/data", "-c", "listen_addresses=", "-c",
                 f"unix_socket_directories={d}", "-c", "fsync=off", "-c", "synchronous_commit=off",
                 "-c", "full_page_writes=off", "-c", "autovacuum=off"],
        stdout=subprocess.DEVNULL, stderr=open(f"{d}/server.log", "w"))
    try:
        psql = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", d, "-U", "postgres",
                "-d", "postgres"]
        wait_until(lambda: subprocess.run(psql + ["-c", "SELECT 1"], capture_output=True).returncode
                   == 0, "postgres")
        yield psql
    finally:
        server.terminate()
        server.wait()


def probe_postgres(bindir, tmp):
    with postgres_server(bindir, tmp) as psql:
        version = run(psql + ["-c", "SHOW server_version"]).stdout.strip()
        with open(os.path.join(HERE, "probe-postgres.sql")) as f:
            script = f.read()
        # One transaction, rolled back: the control word rides along with the keywords.
        script = script.replace("FROM pg_get_keywords()",
                                f"FROM (SELECT word FROM pg_get_keywords() UNION ALL "
                                f"SELECT '{CONTROL}') AS k")
        started = time.monotonic()
        out = run(psql, input="BEGIN;\n" + script + "\nROLLBACK;\n").stdout
        rows = parse_rows(out)
        log(f"postgres {version}: probed {len(rows) - 1} keywords in "
            f"{time.monotonic() - started:.1f} s")
        return version, len(rows) - 1, decide("postgres", rows)


# --- MariaDB -------------------------------------------------------------------------------


@contextlib.contextmanager
def mariadb_server(tmp):
    """A throw-away mariadbd in tmp/my, --skip-networking; yields the mariadb command line."""
    d = os.path.join(tmp, "my")
    os.mkdir(d)
    sock = f"{d}/mysqld.sock"
    common = ["--innodb-log-file-size=16M", "--innodb-buffer-pool-size=32M", "--skip-log-bin"]
    run(["mariadb-install-db", "--no-defaults", f"--datadir={d}/data", "--user=root",
         "--skip-test-db", "--skip-name-resolve"] + common)
    server = subprocess.Popen(
        ["mariadbd", "--no-defaults", f"--datadir={d}/data", f"--socket={sock}",
         f"--pid-file={d}/mysqld.pid", "--skip-networking", "--user=root",
         f"--log-error={d}/server.log", "--innodb-flush-log-at-trx-commit=0",
         "--innodb-doublewrite=0", "--innodb-fast-shutdown=2", "--character-set-server=utf8mb4",
         # Only the foreign-key tables need InnoDB; MyISAM makes the other tables cheaply.
         "--default-storage-engine=MyISAM"]
        + common, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        cli = ["mariadb", "--no-defaults", f"--socket={sock}", "-u", "root", "-N", "-B", "-r"]
        wait_until(lambda: subprocess.run(cli + ["-e", "SELECT 1"], capture_output=True).returncode
                   == 0, "mariadbd")
        yield cli
    finally:
        server.terminate()
        server.wait()


def probe_mariadb(tmp, mysql_reserved):
    with mariadb_server(tmp) as cli:
        version = run(cli + ["-e", "SELECT VERSION()"]).stdout.strip()
        known = run(cli + ["-e", "SELECT WORD FROM information_schema.KEYWORDS"]).stdout.split()
        known = {w.lower() for w in known if PLAIN.match(w.lower())}
        words = sorted(known | mysql_reserved | {CONTROL})
        values = ",".join(f"('{w}')" for w in words)
        with open(os.path.join(HERE, "probe-mariadb.sql")) as f:
            script = f.read()
        setup = ("CREATE DATABASE kwt CHARACTER SET utf8mb4; USE kwt;\n"
                 "CREATE TABLE kwt_words (word VARCHAR(64) PRIMARY KEY);\n"
                 "CREATE TABLE kwt_result (word VARCHAR(64), quoted LONGTEXT, bare LONGTEXT);\n"
                 f"INSERT INTO kwt_words VALUES {values};\n")
        started = time.monotonic()
        out = run(cli, input=setup + script).stdout
        rows = parse_rows(out)
        log(f"mariadb {version}: probed {len(rows) - 1} words ({len(known)} of "
            f"information_schema.KEYWORDS) in {time.monotonic() - started:.1f} s")
        return version, len(known), decide("mariadb", rows)


# --- SQLite --------------------------------------------------------------------------------


def sqlite_keywords():
    """The engine's own list, through the C API (sqlite3_keyword_name)."""
    lib = ctypes.CDLL("libsqlite3.so.0")
    lib.sqlite3_keyword_name.argtypes = [ctypes.c_int, ctypes.POINTER(ctypes.c_char_p),
                                         ctypes.POINTER(ctypes.c_int)]
    words = []
    for i in range(lib.sqlite3_keyword_count()):
        z, n = ctypes.c_char_p(), ctypes.c_int()
        lib.sqlite3_keyword_name(i, ctypes.byref(z), ctypes.byref(n))
        words.append(ctypes.string_at(z, n.value).decode().lower())
    return sorted(words)


def probe_sqlite(words):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")

    def probe(w, quoted):
        n = f'"{w}"' if quoted else w
        q = f'"{w}"'
        out = []

        def step(label, sql, value=False):
            try:
                cur = db.execute(sql)
                out.append(f"{label}={cur.fetchone()[0] if value else 'ok'}")
            except sqlite3.Error as e:
                out.append(f"{label}=error:{e.sqlite_errorname if hasattr(e, 'sqlite_errorname') else e}")

        db.execute("SAVEPOINT kwt")
        step("table", f"CREATE TABLE {n} ({n} INTEGER NOT NULL, CONSTRAINT kwt_pk PRIMARY KEY ({n}),"
                      f" CONSTRAINT {n} CHECK ({n} > 0))")
        step("insert", f"INSERT INTO {q} ({q}) VALUES (5)")
        step("checked", f"INSERT INTO {q} ({q}) VALUES (-5)")
        step("autoinc", f"CREATE TABLE kwt_a ({n} INTEGER NOT NULL CONSTRAINT {n} PRIMARY KEY "
                        f"AUTOINCREMENT)")
        step("fk", f"CREATE TABLE kwt_c (kwt_id INTEGER, {n} INTEGER, CONSTRAINT {n} FOREIGN KEY "
                   f"({n}) REFERENCES {n} ({n}) ON DELETE CASCADE)")
        step("fkinsert", f"INSERT INTO kwt_c ({q}) VALUES (7)")
        step("unique", f"CREATE TABLE kwt_u ({n} INTEGER, CONSTRAINT {n} UNIQUE ({n}))")
        step("select", f"CREATE VIEW kwt_v1 AS SELECT {n} FROM {n}")
        step("selected", "SELECT * FROM kwt_v1", value=True)
        # Index and view names share the table's namespace: probe them in a fresh savepoint.
        db.execute("ROLLBACK TO kwt")
        step("indextable", f"CREATE TABLE kwt_i ({n} INTEGER)")
        step("index", f"CREATE INDEX {n} ON kwt_i ({n})")
        step("indexdesc", f"CREATE UNIQUE INDEX kwt_x ON kwt_i ({n} DESC)")
        db.execute("ROLLBACK TO kwt")
        step("view", f"CREATE VIEW {n} AS SELECT 1 AS kwt_a")
        db.execute("ROLLBACK TO kwt")
        db.execute("RELEASE kwt")
        return " ".join(out)

    db.execute("BEGIN")
    started = time.monotonic()
    rows = {w: (probe(w, True), probe(w, False)) for w in words + [CONTROL]}
    db.execute("ROLLBACK")
    log(f"sqlite {sqlite3.sqlite_version}: probed {len(words)} keywords in "
        f"{time.monotonic() - started:.1f} s")
    return decide("sqlite", rows)


# --- output --------------------------------------------------------------------------------


def write_keywords(path, namespace, function, header, words):
    body = "".join(f'    "{w.upper()}",\n' for w in sorted(w.upper() for w in words))
    comment = "".join(
        textwrap.fill(p, width=100, initial_indent="// ",
                      subsequent_indent="//    " if p.startswith(" * ") else "// ",
                      break_on_hyphens=False) + "\n" for p in header)
    text = (f"{comment}// One word per entry, upper case, sorted (binary-searched by containsKeyword()).\n"
            f"// Regenerate with tools/keywords/generate.sh; do not edit by hand.\n\n"
            f'#include "dialect/{namespace}/{namespace}keywords.h"\n\n'
            f"namespace schemata::dialect::{namespace} {{\n\nnamespace {{\n\n"
            f"constexpr std::string_view kKeywords[] = {{\n{body}}};\n\n}} // namespace\n\n"
            f"std::span<const std::string_view> {function}()\n{{\n    return kKeywords;\n}}\n\n"
            f"}} // namespace schemata::dialect::{namespace}\n")
    with open(os.path.join(ROOT, path), "w") as f:
        f.write(text)
    log(f"wrote {path}: {len(words)} words")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pg-bindir", default="/usr/lib/postgresql/17/bin")
    ap.add_argument("--dry-run", action="store_true", help="probe and report, write nothing")
    args = ap.parse_args()
    today = datetime.date.today().isoformat()
    with open(os.path.join(HERE, "mysql8-reserved.txt")) as f:
        mysql_reserved = {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}

    # In memory when possible: the probes are thousands of small DDL statements.
    tmp = tempfile.mkdtemp(prefix="schemata-keywords-",
                           dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    os.chmod(tmp, 0o755)
    try:
        pg_version, pg_count, pg = probe_postgres(args.pg_bindir, tmp)
        my_version, my_count, maria = probe_mariadb(tmp, mysql_reserved)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    lite_words = sqlite_keywords()
    lite = probe_sqlite(lite_words)
    mysql = sorted(set(maria) | mysql_reserved)
    if args.dry_run:
        log(f"postgres {len(pg)}, mariadb {len(maria)}, mysql {len(mysql)}, sqlite {len(lite)}")
        return

    how = ("by tools/keywords/generate.sh: each keyword the engine knows is tried in lower case, "
           "bare and quoted, as a table, column, constraint (primary key, unique, check, foreign "
           "key), index and view name{extra}, and as a column reference in a key list, "
           "CHECK (w > 0), FOREIGN KEY (w) REFERENCES w (w) and SELECT w FROM w. A word is listed "
           "when its bare probe differs from the quoted one: refused, or read as something else.")
    write_keywords(
        "src/dialect/postgres/postgreskeywords.cpp", "postgres", "postgresKeywords",
        [f"PostgreSQL identifiers that must be quoted, generated on {today} against PostgreSQL "
         f"{pg_version} (a throw-away initdb cluster, unix socket only) "
         + how.format(extra=", as a schema and enum type name (and that enum as a column type)")
         + f" {len(pg)} of the {pg_count} words of pg_get_keywords() are listed; the others "
         "are accepted bare everywhere."], pg)
    write_keywords(
        "src/dialect/mysql/mysqlkeywords.cpp", "mysql", "mysqlKeywords",
        [f"MySQL 8 / MariaDB 11 identifiers that must be quoted, generated on {today}: the union "
         "of two lists, because both flavours share it.",
         f" * MariaDB {my_version}, probed on a throw-away mariadbd (--skip-networking, unix "
         "socket in a temp dir) " + how.format(extra="") + f" {len(maria)} of the {my_count} "
         "words of information_schema.KEYWORDS and of MySQL 8's reserved words are listed.",
         f" * MySQL 8.0, which we cannot run here: its {len(mysql_reserved)} reserved words, "
         "marked (R) in the manual's \"Keywords and Reserved Words\" "
         "(https://dev.mysql.com/doc/refman/8.0/en/keywords.html), kept in "
         "tools/keywords/mysql8-reserved.txt (including _FILENAME)."], mysql)
    write_keywords(
        "src/dialect/sqlite/sqlitekeywords.cpp", "sqlite", "sqliteKeywords",
        [f"SQLite identifiers that must be quoted, generated on {today} against SQLite "
         f"{sqlite3.sqlite_version} (an in-memory database) " + how.format(extra="")
         + f" {len(lite)} of the {len(lite_words)} words of sqlite3_keyword_name() are listed; "
         "SQLite's fallback rule accepts the others bare."], lite)

if __name__ == "__main__":
    main()
