-- Synthor stats.json from a DuckDB table (docs/aggregates-from-sql.md).
-- Replace: penguins (the table), species / island (categorical columns), mass (numeric).
-- Every query reads the table once; nothing but counts and edges leaves the database.

-- 1. rowCount: every table's counts sum to it (missing values included).
SELECT count(*) AS row_count FROM penguins;

-- 2. A categorical axis: categories, most frequent first, ties by name; at most 50.
--    A 51st row means the rest pool into "(other)": keep 50 and set "other": true.
SELECT species AS category, count(*) AS n
FROM penguins
WHERE species IS NOT NULL
GROUP BY species
ORDER BY n DESC, category
LIMIT 51;

-- 3. A numeric axis: quantile edges (the paper uses 6 bins). Round them to readable
--    values by hand, keep the first <= min and the last >= max, drop repeats (edges must increase).
--    Integer-valued columns: quantile_disc gives edges that are values of the column.
SELECT quantile_cont(mass, [0, 1/6, 2/6, 3/6, 4/6, 5/6, 1]) AS edges,
       min(mass) AS lo, max(mass) AS hi
FROM penguins;
-- Datetime columns: bin epoch_ms(ts) (milliseconds since 1970), and write those edges.

-- 4. One table (here the joint species x island), as its stats.json "tables" entry.
--    Cell index per axis: categories in axis order, then "(other)" if any, then "(missing)" last.
--    Numeric: bin i is [edge i, edge i+1), the last bin is closed; NULL is the last cell.
--    Counts are row-major (last column fastest): cell = a * (cells of b) + b.
WITH coded AS (
  SELECT
    CASE WHEN species IS NULL THEN 3
         WHEN species = 'Adelie' THEN 0 WHEN species = 'Gentoo' THEN 1 WHEN species = 'Chinstrap' THEN 2
         ELSE NULL END AS a,           -- ELSE: the "(other)" index when the axis has one
    CASE WHEN island IS NULL THEN 3
         WHEN island = 'Dream' THEN 0 WHEN island = 'Biscoe' THEN 1 WHEN island = 'Torgersen' THEN 2
         ELSE NULL END AS b
  FROM penguins
),
counted AS (
  SELECT a * 4 + b AS cell, count(*) AS n FROM coded GROUP BY ALL
),
grid AS (
  SELECT range AS cell FROM range(4 * 4)  -- every cell, empty ones too
)
SELECT json_object(
  'columns', ['species', 'island'],
  'shape', [4, 4],
  'counts', list(coalesce(n, 0) ORDER BY grid.cell),
  'total', sum(coalesce(n, 0))
) AS table_json
FROM grid LEFT JOIN counted USING (cell);

-- A numeric axis in a table codes like this (edges 3250, 3700, 4200, 5700; 3 bins + missing):
--   CASE WHEN mass IS NULL THEN 3 WHEN mass < 3700 THEN 0 WHEN mass < 4200 THEN 1 ELSE 2 END
