-- Synthor stats.json from a Spark SQL table (docs/aggregates-from-sql.md).
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

-- 3. A numeric axis: quantile edges (6 bins). percentile_approx is approximate (accuracy
--    10000); percentile(mass, array(...)) is exact but slower. Round by hand; edges must increase.
SELECT percentile_approx(mass, array(0.0, 1/6, 2/6, 3/6, 4/6, 5/6, 1.0), 10000) AS edges,
       min(mass) AS lo, max(mass) AS hi
FROM penguins;
-- Datetime columns: bin unix_millis(ts), and write those edges.

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
  SELECT a * 4 + b AS cell, count(*) AS n FROM coded GROUP BY a * 4 + b
),
grid AS (
  SELECT explode(sequence(0, 4 * 4 - 1)) AS cell
)
-- collect_list has no order: sort (cell, n) pairs, then keep n.
SELECT to_json(named_struct(
  'columns', array('species', 'island'),
  'shape', array(4, 4),
  'counts', transform(sort_array(collect_list(named_struct('cell', g.cell, 'n', coalesce(c.n, 0)))), x -> x.n),
  'total', sum(coalesce(c.n, 0))
)) AS table_json
FROM grid g LEFT JOIN counted c ON c.cell = g.cell;

-- A numeric axis in a table (edges 3250, 3700, 4200, 5700):
--   CASE WHEN mass IS NULL THEN 3 WHEN mass < 3700 THEN 0 WHEN mass < 4200 THEN 1 ELSE 2 END
