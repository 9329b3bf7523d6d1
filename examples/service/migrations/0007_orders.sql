-- The example's one migration file: sealed into the package with its size and sha256.
CREATE TABLE IF NOT EXISTS orders (id integer PRIMARY KEY, total integer NOT NULL);
