import { detectionNote, type DetectionNote } from '../detectionNotes';
import type { TomlError } from './tomlSubset';

/** Why `.gitleaks.toml` was not used, as a note: the problem, its line, and the character, literal or key concerned. */
export function tomlProblemNote(err: TomlError): DetectionNote {
  const { line, subject } = err;
  switch (err.problem) {
    case 'unexpectedAfterValue':
      return detectionNote('note.gitleaks.toml.unexpectedAfterValue', { line, subject });
    case 'expected':
      return detectionNote('note.gitleaks.toml.expected', { line, subject });
    case 'expectedKey':
      return detectionNote('note.gitleaks.toml.expectedKey', { line });
    case 'notTable':
      return detectionNote('note.gitleaks.toml.notTable', { line, subject });
    case 'notArrayOfTables':
      return detectionNote('note.gitleaks.toml.notArrayOfTables', { line, subject });
    case 'definedTwice':
      return detectionNote('note.gitleaks.toml.definedTwice', { line, subject });
    case 'dateTime':
      return detectionNote('note.gitleaks.toml.dateTime', { line });
    case 'expectedValue':
      return detectionNote('note.gitleaks.toml.expectedValue', { line });
    case 'unterminatedString':
      return detectionNote('note.gitleaks.toml.unterminatedString', { line });
    case 'badUnicodeEscape':
      return detectionNote('note.gitleaks.toml.badUnicodeEscape', { line });
    case 'unknownEscape':
      return detectionNote('note.gitleaks.toml.unknownEscape', { line, subject });
    case 'arraySeparator':
      return detectionNote('note.gitleaks.toml.arraySeparator', { line });
    case 'inlineTableSeparator':
      return detectionNote('note.gitleaks.toml.inlineTableSeparator', { line });
  }
}
