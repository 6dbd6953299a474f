"""The encrypted store: key slots, SQLCipher connection, migrations, repositories, audit."""
