import { notesAbout, noteText, type NoteAbout } from '../detect/detectionNotes';
import type { DetectionResult } from '../detect/detectionTypes';
import type { Translate } from '../i18n/translator';
import { mdText } from './markdownText';

/**
 * A detection section with its own notes (what could not be read, a limit reached, a gitleaks setting
 * not honoured) under its heading, one quote each, in the report's language. Notes about the whole
 * history are left out: the only one a report can have, a shallow clone, has its own line.
 */
export function withSectionNotes(section: string[], detections: DetectionResult | undefined, about: Exclude<NoteAbout, 'general'>, t: Translate): string[] {
  const notes = detections ? notesAbout(detections.notes, about, false) : [];
  if (!notes.length) return section;
  const quotes = notes.flatMap((note) => [`> ${mdText(t('report.notes.item', { text: noteText(note, t) }))}`, '']);
  // After the heading and its blank line.
  return [...section.slice(0, 2), ...quotes, ...section.slice(2)];
}
