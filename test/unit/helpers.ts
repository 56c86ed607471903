import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../../src/cli/editCommands';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import type { RuleSet } from '../../src/core/detect/credentials/ruleEngine';
import { noteText, type DetectionNote } from '../../src/core/detect/detectionNotes';
import { FileError } from '../../src/core/fileErrors';
import { loadHandoverText, type LoadedHandover } from '../../src/core/handover/handoverLoader';
import { translator } from '../../src/core/i18n/translator';

export const t = translator('en');

/** Detection notes as English sentences, for tests that read them as a user does. */
export function englishNotes(notes: readonly DetectionNote[]): string[] {
  return notes.map((note) => noteText(note, t));
}

/** What the credential matcher finds in a file's text, as `kind@line` (no value); `rules`: a repository's own besides the built-in. */
export function matchKinds(path: string, text: string, rules?: RuleSet): string[] {
  const found: SecretMatch[] = [];
  matchText(path, text, (m) => found.push(m), rules);
  return found.map((m) => `${m.kind}@${m.line}`);
}

/** A test value joined from pieces, so that the source holds nothing that reads as a key. */
export const joined = (...parts: string[]): string => parts.join('');

/** Minimal valid HANDOVER.yaml, to which tests append sections. */
export const MINIMAL = `version: 1
project: demo
from:
  name: Alice
  emails: [alice@example.com]
to:
  name: Bob
`;

export function load(text: string, exists: (path: string) => boolean = () => true): LoadedHandover {
  return loadHandoverText(text, '/repo/HANDOVER.yaml', { t, exists });
}

export function tempDir(files: Record<string, string | Buffer> = {}): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'handover-unit-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function codes(loaded: LoadedHandover): string[] {
  return loaded.diagnostics.map((d) => d.code);
}

export function at(loaded: LoadedHandover, code: string): string {
  const found = loaded.diagnostics.find((d) => d.code === code);
  if (!found) throw new Error(`no ${code} among ${JSON.stringify(loaded.diagnostics)}`);
  return `${found.range.start.line}:${found.range.start.col}`;
}

/** A CLI's output streams, kept as text for the assertions. */
export function captured(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

/** The FileError `promise` rejects with (fails the test when it resolves or throws anything else). */
export async function fileErrorOf(promise: Promise<unknown>): Promise<FileError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  assert.ok(error instanceof FileError, `expected a FileError, got ${String(error)}`);
  return error;
}
