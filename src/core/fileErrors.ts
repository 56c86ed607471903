// File-system failures as sentences that name the file: never a raw `EACCES: permission denied, open
// '.HANDOVER.yaml.3f2a….tmp'`. A FileError carries a message key and its parameters, so that each
// surface (CLI, notification) says it in its own language; `message` is the English text.
import { translator, type MessageKey, type MessageParams, type Translate } from './i18n/translator';

export type FileAction = 'read' | 'write' | 'lock';

export class FileError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams,
    /** The Node error code behind it (EACCES, ENOSPC…), when there is one. */
    readonly code?: string,
  ) {
    super(translator('en')(key, params));
    this.name = 'FileError';
  }

  describe(t: Translate): string {
    const params = { ...this.params };
    // Words inside the sentence (the action, the reason) are message keys themselves.
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'string' && (name === 'action' || name === 'reason' || name === 'holder') && value.startsWith('file.')) {
        params[name] = t(value as MessageKey, this.params);
      }
    }
    return t(this.key, params);
  }
}

const KNOWN_CODES = new Set(['EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOENT', 'ENOSPC', 'EDQUOT', 'EROFS', 'ELOOP', 'EMFILE', 'ENFILE', 'EBUSY', 'EEXIST', 'EIO', 'ENAMETOOLONG']);

function nodeCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** `err` (a Node error from an operation on `path`) as a FileError naming `path`; a FileError stays as it is. */
export function fileErrorFrom(err: unknown, path: string, action: FileAction): FileError {
  if (err instanceof FileError) return err;
  const code = nodeCode(err);
  const reason = code && KNOWN_CODES.has(code) ? `file.reason.${code}` : 'file.reason.other';
  return new FileError('file.cannot', { action: `file.action.${action}`, path, reason, code: code ?? String(err instanceof Error ? err.message : err) }, code);
}

/**
 * The sentence to show for any error: a FileError in `t`'s language; a Node error that names a path
 * (fs calls put it in `err.path`) as "Cannot read <path>: <reason>"; anything else by its message.
 */
export function describeError(err: unknown, t: Translate): string {
  if (err instanceof FileError) return err.describe(t);
  const path = (err as { path?: unknown } | null)?.path;
  if (nodeCode(err) && typeof path === 'string') {
    const syscall = String((err as { syscall?: unknown }).syscall ?? '');
    const action: FileAction = /^(open|read|stat|lstat|scandir|realpath)/.test(syscall) && !/write/.test(syscall) ? 'read' : 'write';
    return fileErrorFrom(err, path, action).describe(t);
  }
  return err instanceof Error ? err.message : String(err);
}
