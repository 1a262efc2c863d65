/**
 * A request's JSON Schema as node-llama-cpp's grammar builder reads it. It
 * knows `oneOf` but not `anyOf`, and an unknown schema becomes "any JSON
 * value": a plan's numeric column (`anyOf: [[min, max], "(missing)" |
 * "(any)"]`) then came back as `null`, and most plans of the tiny model on
 * Adult failed validation. Our alternatives never overlap (an array or a
 * string), so `oneOf` means the same; everything else is kept as is.
 */
export function gbnfSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(gbnfSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key === 'anyOf' ? 'oneOf' : key, key === 'enum' ? value : gbnfSchema(value)]));
}
