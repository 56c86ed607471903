// `handover accept | reopen | sign | rotated`: the successor's records, written from a terminal or a
// script. The same edit engine as the editor's actions; each edit holds the file's lock, re-reads the
// file under it and writes it atomically, so that concurrent edits are all kept.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../core/atomicWrite';
import { fileErrorFrom } from '../core/fileErrors';
import { withFileLock } from '../core/fileLock';
import { displayPath, formatDiagnostic } from '../core/diagnosticFormat';
import { FOCUSED_EDIT_MIN_CHARS, isFallback, planEdit, readFocused, type EditError, type EditOperation, type FocusedReading, type KnownFindings } from '../core/handover/edit';
import { hasErrors, loadParsedHandover } from '../core/handover/handoverLoader';
import { decodeUtf8, parseHandoverYaml, type ParsedYaml } from '../core/handover/handoverParser';
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

interface ReadForEdit {
  bytes: Buffer;
  text: string;
  handover: Handover;
  /** The parse the model was built from, handed to planEdit so that a large file is parsed once. */
  parsed?: ParsedYaml;
  /** On a large file, when the request needs only some items: the focused reading the model comes from. */
  reading?: FocusedReading;
}

/**
 * Reads and loads HANDOVER.yaml; prints its errors and returns undefined when it cannot be edited.
 * With `focus` (the ids of the only items the request reads, perhaps none) a large file is read through a focused
 * reading (focusedEdit.ts) when it can be: the model then holds the parties and other top-level
 * entries whole, but only some items of each list.
 */
async function readForEdit(file: string, t: Translate, io: CliIo, focus?: readonly string[]): Promise<ReadForEdit | undefined> {
  const bytes = await fs.readFile(file).catch((err: unknown) => {
    throw fileErrorFrom(err, file, 'read');
  });
  const text = decodeKeepingBom(bytes);
  if (text !== undefined && focus && text.length >= FOCUSED_EDIT_MIN_CHARS) {
    const reading = readFocused(text, focus, { t, file });
    if (!isFallback(reading)) return { bytes, text, handover: reading.loaded.handover, reading };
  }
  const parsed = text === undefined ? undefined : parseHandoverYaml(text, t);
  const loaded = text === undefined || !parsed ? undefined : loadParsedHandover(text, parsed, file, { t });
  if (text === undefined || !parsed || !loaded?.handover || hasErrors(loaded)) {
    const diagnostics = loaded?.diagnostics ?? (decodeUtf8(bytes, t).diagnostic ? [decodeUtf8(bytes, t).diagnostic!] : []);
    for (const d of diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
    io.err(`${t('cli.invalid', { path: displayPath(file), count: diagnostics.filter((d) => d.severity === 'error').length })}\n`);
    return undefined;
  }
  return { bytes, text, handover: loaded.handover, parsed };
}

/**
 * Reads HANDOVER.yaml, works out the request from it, then, holding the file's lock (fileLock.ts),
 * reads it again, plans every operation in turn on that text (all or nothing) and writes the result
 * atomically. Another writer's edit made meanwhile is therefore kept, never overwritten. Exit 1 when
 * the file is invalid or an edit is refused (nothing written), 2 when the file changed on disk under
 * the lock (a program that does not take it) or on a file-system error (thrown as a FileError).
 * `focus`: the ids of the only checklist items `request` and the operations read (see readForEdit),
 * none for a record in `detected`; without it, the request gets the whole model.
 */
export async function runEdit(file: string, t: Translate, io: CliIo, request: (handover: Handover) => Promise<EditRequest>, focus?: readonly string[]): Promise<number> {
  const first = await readForEdit(file, t, io, focus);
  if (!first) return EXIT_INVALID;
  // Outside the lock: a request may read git history (fingerprints), which takes a while.
  const { operations, known, done, warnings = [] } = await request(first.handover);
  return await withFileLock(file, async () => {
    const current = (await fs.readFile(file).catch(() => undefined))?.equals(first.bytes) ? first : await readForEdit(file, t, io, focus);
    if (!current) return EXIT_INVALID;
    let edited = current.text;
    for (const operation of operations) {
      // The file's own reading: planEdit uses it only while the text is the one it was made of.
      const parsed = current.parsed ? { parsed: current.parsed, handover: current.handover } : undefined;
      const plan = planEdit(edited, operation, { t, known, parsed, reading: current.reading });
      if (!plan.ok) {
        io.err(`${formatRefusal(file, plan.error)}\n${t('cli.refused', { path: displayPath(file) })}\n`);
        return EXIT_INVALID;
      }
      edited = plan.newText;
    }
    if (edited !== current.text) {
      // A program that does not take the lock (a text editor) may still have saved meanwhile.
      const now = await fs.readFile(file);
      if (!now.equals(current.bytes)) {
        io.err(`${t('edit.changedOnDisk', { path: displayPath(file) })}\n`);
        return EXIT_USAGE;
      }
      await writeFileAtomic(file, edited);
    }
    io.out(`${done}\n`);
    for (const warning of warnings) io.err(`${warning}\n`);
    return EXIT_OK;
  });
}
