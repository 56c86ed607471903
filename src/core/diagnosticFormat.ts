import { relative, isAbsolute } from 'node:path';
import type { HandoverDiagnostic } from './handover/model';

/** The path as messages show it: relative to `cwd` when inside it, else absolute. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** `path:line:col: severity: message`, the form editors and CI logs turn into links. */
export function formatDiagnostic(file: string, diagnostic: HandoverDiagnostic, cwd = process.cwd()): string {
  const { line, col } = diagnostic.range.start;
  return `${displayPath(file, cwd)}:${line}:${col}: ${diagnostic.severity}: ${diagnostic.message}`;
}
