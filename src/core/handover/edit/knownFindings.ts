import type { DetectionResult } from '../../detect/detectionTypes';
import { findingFingerprints, mentionRefs } from '../decisions';
import type { KnownFindings } from './editTypes';

/** What an edit about a finding is checked against, from a detection run (a report's or the tree's). */
export function knownFindingsOf(detections: DetectionResult): KnownFindings {
  return {
    fingerprints: findingFingerprints(detections),
    paths: [...detections.ownedFiles.map((file) => file.path), ...detections.ownedFolders.map((folder) => folder.path)],
    branches: detections.branches.map((branch) => ({ name: branch.name, kind: branch.kind })),
    mentions: mentionRefs(detections).map(({ path, identity }) => ({ path, identity })),
  };
}
