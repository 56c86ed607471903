// The words that follow a reading of history, shared by the CLI's progress line and the editor's
// notifications: the detection running (told by runDetections' onStage) and its commits read so far.
import type { Translate } from '../i18n/translator';
import type { DetectionKind } from './runDetections';

export class ReadingWords {
  private stage: DetectionKind | undefined;

  constructor(private readonly t: Translate) {}

  /** A detection begins: its name. */
  begin(kind: DetectionKind): string {
    this.stage = kind;
    return this.t(`progress.${kind}`);
  }

  /** The running detection has read `count` commits. */
  commits(count: number): string {
    return this.t('progress.commits', { stage: this.stage ? this.t(`progress.${this.stage}`) : this.t('progress.history'), count });
  }
}
