/**
 * How a flow text names a value to fill in: `{{name}}`, spaces inside the braces allowed. The
 * checker, the diagram and the engine's renderer all read placeholders with this one pattern.
 */
export const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
