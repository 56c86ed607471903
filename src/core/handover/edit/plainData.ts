// Comparing the plain data two versions of HANDOVER.yaml read as (what `Document.toJS` gives: objects,
// arrays, strings, numbers, booleans, null). Key order does not matter; list order does.

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function step(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_][\w-]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/** The path of the first place where `a` and `b` differ (`duties[2].accepted`), or undefined when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  const here = path || '(top level)';
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return step(path, i);
      const found = firstDifference(a[i], b[i], step(path, i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const inA = Object.prototype.hasOwnProperty.call(a, key);
      const inB = Object.prototype.hasOwnProperty.call(b, key);
      if (inA !== inB) return step(path, key);
      const found = firstDifference(a[key], b[key], step(path, key));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return here;
}
