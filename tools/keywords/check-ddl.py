#!/usr/bin/env python3
"""Applies generated DDL on real engines: check-ddl.py PROJECT [SCHEMATA_BINARY].

For each of postgres, mariadb and sqlite: `schemata ddl PROJECT --dialect D`, then runs that
script on a throw-away server (the same ones generate.py probes keywords on; SQLite in memory)
and fails on the first error. Proves that the minimal quoting of the keyword lists is accepted.
Run through scripts/env, e.g.
    scripts/env python3 tools/keywords/check-ddl.py resources/samples/saas-shop.schemata
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402


def ddl(binary, project, dialect):
    return generate.run([binary, "ddl", project, "--dialect", dialect]).stdout


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    project = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(generate.ROOT,
                                                                 "build-quote/bin/schemata")
    tmp = tempfile.mkdtemp(prefix="schemata-checkddl-")
    os.chmod(tmp, 0o755)
    failed = False
    try:
        with generate.postgres_server("/usr/lib/postgresql/17/bin", tmp) as psql:
            sql = ddl(binary, project, "postgres")
            r = subprocess.run(psql + ["-1"], input=sql, text=True, capture_output=True)
            print(f"postgres: {'ok' if r.returncode == 0 else 'FAILED ' + r.stderr.strip()}")
            failed |= r.returncode != 0
        with generate.mariadb_server(tmp) as cli:
            # Only the mariadb dialect: "mysql" DDL may use MySQL-only syntax (functional
            # key parts), and there is no MySQL server here.
            sql = "CREATE DATABASE t; USE t;\n" + ddl(binary, project, "mariadb")
            r = subprocess.run(cli, input=sql, text=True, capture_output=True)
            print(f"mariadb: {'ok' if r.returncode == 0 else 'FAILED ' + r.stderr.strip()}")
            failed |= r.returncode != 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    try:
        db = sqlite3.connect(":memory:")
        db.execute("PRAGMA foreign_keys = ON")
        db.executescript(ddl(binary, project, "sqlite"))
        print("sqlite: ok")
    except sqlite3.Error as e:
        print(f"sqlite: FAILED {e}")
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
