-- Synthor stats.json from a PostgreSQL table (docs/aggregates-from-sql.md).
-- Replace: penguins (the table), species / island (categorical columns), mass (numeric).

-- 1. rowCount.
SELECT count(*) AS row_count FROM penguins;

-- 2. A categorical axis: most frequent first, ties by name; a 51st row means "other": true.
SELECT species AS category, count(*) AS n
FROM penguins
WHERE species IS NOT NULL
GROUP BY species
ORDER BY n DESC, category
LIMIT 51;

-- 3. A numeric axis: quantile edges (6 bins). Round by hand; edges must increase.
--    percentile_disc instead of percentile_cont gives edges that are values of the column.
SELECT percentile_cont(ARRAY[0, 1/6.0, 2/6.0, 3/6.0, 4/6.0, 5/6.0, 1]) WITHIN GROUP (ORDER BY mass) AS edges,
       min(mass) AS lo, max(mass) AS hi
FROM penguins;
-- Datetime columns: bin extract(epoch FROM ts) * 1000 (milliseconds), and write those edges.

-- 4. One table (the joint species x island) as its stats.json "tables" entry.
--    Categories in axis order, then "(other)" if any, then "(missing)" last; row-major counts.
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
  SELECT a * 4 + b AS cell, count(*) AS n FROM coded GROUP BY 1
)
SELECT json_build_object(
  'columns', json_build_array('species', 'island'),
  'shape', json_build_array(4, 4),
  'counts', json_agg(coalesce(c.n, 0) ORDER BY g.cell),
  'total', sum(coalesce(c.n, 0))
) AS table_json
FROM generate_series(0, 4 * 4 - 1) AS g(cell)
LEFT JOIN counted c ON c.cell = g.cell;

-- A numeric axis in a table (edges 3250, 3700, 4200, 5700):
--   CASE WHEN mass IS NULL THEN 3 WHEN mass < 3700 THEN 0 WHEN mass < 4200 THEN 1 ELSE 2 END
