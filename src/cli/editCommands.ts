// `handover accept | reopen | sign | rotated`: the successor's records, written from a terminal or a
// script. The same edit engine as the editor's actions; the file is written atomically, and only if
// it did not change on disk meanwhile.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../core/atomicWrite';
import { displayPath, formatDiagnostic } from '../core/diagnosticFormat';
import { planEdit, type EditError, type EditOperation, type KnownFindings } from '../core/handover/edit';
import { hasErrors, loadHandoverText } from '../core/handover/handoverLoader';
import { decodeUtf8 } from '../core/handover/handoverParser';
import type { Handover } from '../core/handover/model';
import type { Translate } from '../core/i18n/translator';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** What an edit command asks for, worked out from the file as it is (defaults such as the successor's name). */
export interface EditRequest {
  operations: EditOperation[];
  known?: KnownFindings;
  /** Printed once written. */
  done: string;
  /** Printed (to stderr) once written: what was recorded but deserves a second look. */
  warnings?: string[];
}

/** `path:line:col: error: message`, or `path: error: message` when the refusal has no place. */
export function formatRefusal(file: string, error: EditError): string {
  if (error.range) return formatDiagnostic(file, { severity: 'error', code: error.code, message: error.message, range: error.range });
  return `${displayPath(file)}: error: ${error.message}`;
}

/** Decodes HANDOVER.yaml keeping a BOM in the text, so that the edited file keeps it too. */
function decodeKeepingBom(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads HANDOVER.yaml, plans every operation in turn on the text (all or nothing), and writes the
 * result atomically with the file's permissions. Exit 1 when the file is invalid or an edit is
 * refused (nothing written), 2 when the file changed on disk while being edited.
 */
export async function runEdit(file: string, t: Translate, io: CliIo, request: (handover: Handover) => Promise<EditRequest>): Promise<number> {
  const stat = await fs.stat(file);
  const bytes = await fs.readFile(file);
  const text = decodeKeepingBom(bytes);
  const loaded = text === undefined ? undefined : loadHandoverText(text, file, { t });
  if (text === undefined || !loaded?.handover || hasErrors(loaded)) {
    const diagnostics = loaded?.diagnostics ?? (decodeUtf8(bytes, t).diagnostic ? [decodeUtf8(bytes, t).diagnostic!] : []);
    for (const d of diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
    io.err(`${t('cli.invalid', { path: displayPath(file), count: diagnostics.filter((d) => d.severity === 'error').length })}\n`);
    return EXIT_INVALID;
  }
  const { operations, known, done, warnings = [] } = await request(loaded.handover);
  let edited = text;
  for (const operation of operations) {
    const plan = planEdit(edited, operation, { t, known });
    if (!plan.ok) {
      io.err(`${formatRefusal(file, plan.error)}\n${t('cli.refused', { path: displayPath(file) })}\n`);
      return EXIT_INVALID;
    }
    edited = plan.newText;
  }
  if (edited !== text) {
    // Never overwrite what someone (an editor, another run) saved since the file was read.
    const now = await fs.readFile(file);
    if (!now.equals(bytes)) {
      io.err(`${t('edit.changedOnDisk', { path: displayPath(file) })}\n`);
      return EXIT_USAGE;
    }
    await writeFileAtomic(file, edited, { mode: stat.mode });
  }
  io.out(`${done}\n`);
  for (const warning of warnings) io.err(`${warning}\n`);
  return EXIT_OK;
}
