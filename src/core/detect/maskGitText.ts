// One masking step for every string that comes from git — branch and tag names, commit subjects,
// paths, author names, git's own messages — before it reaches any output (JSON, the text summary,
// the reports, SARIF, the tree) or the cache. The credential rules decide what is a secret
// (credentials/maskSecrets.ts); a secret is replaced by `[masked]`.
import { maskSecrets } from './credentials/maskSecrets';
import type { DetectionCache } from './detectionCache';
import type { ResultNote } from './detectionNotes';
import type { BranchFinding, CredentialFinding, DetectionResult, OwnedFile, OwnedFolder } from './detectionTypes';

/** A string from git, with anything the credential rules recognise masked. */
export function maskGitText(text: string): string {
  return maskSecrets(text);
}

function maskFile(file: OwnedFile): OwnedFile {
  return { ...file, path: maskGitText(file.path) };
}

function maskBranch(branch: BranchFinding): BranchFinding {
  const masked = { ...branch, name: maskGitText(branch.name), lastCommitSubject: maskGitText(branch.lastCommitSubject) };
  if (branch.upstream !== undefined) masked.upstream = maskGitText(branch.upstream);
  return masked;
}

function maskCredential(finding: CredentialFinding): CredentialFinding {
  return {
    ...finding,
    path: maskGitText(finding.path),
    author: maskGitText(finding.author),
    refs: [...new Set(finding.refs.map(maskGitText))].sort(),
    locations: finding.locations.map((location) => ({ ...location, path: maskGitText(location.path) })),
  };
}

/** A note with its string parameters (branch names, git's words, rule ids) masked; counts as they are. */
function maskNote(note: ResultNote): ResultNote {
  return { ...note, params: Object.fromEntries(Object.entries(note.params).map(([name, value]) => [name, typeof value === 'string' ? maskGitText(value) : value])) };
}

/** The result with every git-given string masked. The person (from HANDOVER.yaml or --person) is the caller's. */
export function maskDetectionResult(result: DetectionResult): DetectionResult {
  return {
    ...result,
    defaultBranch: result.defaultBranch === null ? null : maskGitText(result.defaultBranch),
    ownedFiles: result.ownedFiles.map(maskFile),
    ownedFolders: result.ownedFolders.map((folder): OwnedFolder => ({ ...folder, path: maskGitText(folder.path) })),
    contributedFiles: result.contributedFiles.map(maskFile),
    formerlyOwnedFiles: result.formerlyOwnedFiles.map(maskFile),
    mentions: result.mentions.map((mention) => ({ ...mention, path: maskGitText(mention.path) })),
    branches: result.branches.map(maskBranch),
    credentials: result.credentials.map(maskCredential),
    notes: result.notes.map(maskNote),
    ...(result.failures ? { failures: result.failures.map((failure) => ({ ...failure, detail: maskGitText(failure.detail) })) } : {}),
  };
}

/** Whether any string in `value` (keys included) holds something the credential rules recognise. */
export function holdsSecret(value: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const next = stack.pop();
    if (typeof next === 'string') {
      // Commit ids and short words (most of a state) cannot hold a secret any rule recognises.
      if (next.length >= 8 && !/^[0-9a-f]+$/.test(next) && maskGitText(next) !== next) return true;
    } else if (next !== null && typeof next === 'object' && !seen.has(next)) {
      seen.add(next);
      if (Array.isArray(next)) stack.push(...next);
      else if (next instanceof Map) for (const [k, v] of next) stack.push(k, v);
      else if (next instanceof Set) stack.push(...next);
      else for (const [k, v] of Object.entries(next)) stack.push(k, v);
    }
  }
  return false;
}

/**
 * The cache, refusing to store a state that holds a secret in a name. The incremental state keeps
 * paths and branch names exactly as git gives them (a masked path would no longer match git's next
 * answer), so such a state is not written at all: the next run reads the history again, slower but
 * right, and nothing secret lands on disk.
 */
export function maskingCache(cache: DetectionCache): DetectionCache {
  return {
    read: (key) => cache.read(key),
    write: async (key, value) => {
      if (!holdsSecret(key) && !holdsSecret(value)) await cache.write(key, value);
    },
  };
}
