/** SDMetrics multi-table QualityReport output as the fixture's expected.json holds it (get_details records, null = NaN). */
export interface PairRecord {
  'Column 1': string;
  'Column 2': string;
  Metric: string;
  Score: number | null;
  'Real Correlation': number | null;
  'Synthetic Correlation': number | null;
  'Real Association': number | null;
  'Meets Threshold?': boolean;
}

export interface ExpectedMultiFixture {
  quality_score: number;
  properties: { Property: string; Score: number | null }[];
  'Column Shapes': { Table: string; Column: string; Metric: string; Score: number | null }[];
  'Column Pair Trends': (PairRecord & { Table: string })[];
  Cardinality: { 'Child Table': string; 'Parent Table': string; 'Foreign Key': string; Metric: string; Score: number | null }[];
  'Intertable Trends': (PairRecord & { 'Parent Table': string; 'Child Table': string; 'Foreign Key': string })[];
}
