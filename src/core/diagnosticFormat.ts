import { relative, isAbsolute } from 'node:path';
import type { HandoverDiagnostic } from './handover/model';

/** `path:line:col: severity: message`, the form editors and CI logs turn into links. */
export function formatDiagnostic(file: string, diagnostic: HandoverDiagnostic, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  const { line, col } = diagnostic.range.start;
  return `${shown}:${line}:${col}: ${diagnostic.severity}: ${diagnostic.message}`;
}
