// The framing of `git cat-file --batch` output, read as bytes: per object asked for, either
// `<id> <type> <size>\n<content>\n` or `<name> missing\n` (also `ambiguous`, and `submodule` for a
// gitlink named by path on git 2.46 and later). Content is counted in bytes, never searched for a
// newline: a blob's content may hold anything, newlines and headers included. The one parser of these
// headers: the ownership facts (blobFacts.ts), the mention search (blobReader.ts) and single capped
// reads (readBlobCapped.ts) all frame through it.
import { GitError, type GitRunner } from './gitRunner';

/** An object git has: its content (`size` bytes) follows the header. */
export interface PresentObject {
  id: string;
  type: string;
  size: number;
}

/** A name git could not read: nothing follows the header. */
export interface AbsentObject {
  /** As it was written to git's input (an id, or `<revision>:<path>`). */
  name: string;
  status: 'missing' | 'ambiguous' | 'submodule';
}

export type ObjectHeader = PresentObject | AbsentObject;

export function isPresent(header: ObjectHeader): header is PresentObject {
  return 'size' in header;
}

/**
 * A header longer than this is not one: a missing object's line repeats the name asked for, at most a
 * revision and a path (PATH_MAX 4096), and this bounds what is kept of output that is not cat-file's.
 */
export const MAX_OBJECT_HEADER = 8 * 1024;

const NEWLINE = 0x0a;
const PRESENT = /^([0-9a-f]+) ([a-z]+) (\d{1,15})$/;
const ABSENT = / (missing|ambiguous|submodule)$/;

/** One header line (without its newline), or a GitError saying it is none. */
export function parseObjectHeader(line: string): ObjectHeader {
  const present = PRESENT.exec(line);
  if (present) return { id: present[1]!, type: present[2]!, size: Number(present[3]) };
  const absent = ABSENT.exec(line);
  if (absent && absent.index > 0) return { name: line.slice(0, absent.index), status: absent[1] as AbsentObject['status'] };
  throw unexpectedOutput(`unexpected object header "${line.slice(0, 80)}"`);
}

/** What a reader of the framed output is told, in order, for each object. */
export interface CatFileBatchHandler {
  /** An object's header. For a present one, `content` (zero or more times) and `objectEnd` follow. */
  header(header: ObjectHeader): void;
  /** The next bytes of the current object's content (a view into git's output, valid during the call only). */
  content(bytes: Buffer): void;
  /** The current object's last content byte has been handed over (at once for an empty blob). */
  objectEnd(): void;
}

/**
 * Push parser of `git cat-file --batch` output in pieces cut anywhere (a header split across pieces,
 * content split anywhere). Keeps no content; keeps at most MAX_OBJECT_HEADER bytes of a header.
 */
export class CatFileBatchParser {
  private headerPieces: Buffer[] = [];
  private headerBytes = 0;
  /** Content bytes of the current object still to come; -1 between objects. */
  private remaining = -1;
  /** The newline git writes after each content is still to come. */
  private trailer = false;

  constructor(private readonly handler: CatFileBatchHandler) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.trailer) {
        if (chunk[at] !== NEWLINE) throw unexpectedOutput('no newline after an object');
        this.trailer = false;
        at++;
      } else if (this.remaining < 0) {
        at = this.readHeader(chunk, at);
      } else {
        const end = Math.min(chunk.length, at + this.remaining);
        this.remaining -= end - at;
        this.handler.content(chunk.subarray(at, end));
        at = end;
        if (this.remaining === 0) this.finishObject();
      }
    }
  }

  /** The output ended: it must end between objects. */
  end(): void {
    if (this.remaining >= 0 || this.trailer || this.headerBytes > 0) throw unexpectedOutput('output cut short');
  }

  private readHeader(chunk: Buffer, start: number): number {
    const newline = chunk.indexOf(NEWLINE, start);
    const stop = newline < 0 ? chunk.length : newline;
    this.headerBytes += stop - start;
    if (this.headerBytes > MAX_OBJECT_HEADER) throw unexpectedOutput('object header too long');
    this.headerPieces.push(chunk.subarray(start, stop));
    if (newline < 0) return chunk.length;
    // latin1: one character per byte, whatever the name's encoding (a path in a missing object's line).
    const line = (this.headerPieces.length === 1 ? this.headerPieces[0]! : Buffer.concat(this.headerPieces)).toString('latin1');
    this.headerPieces = [];
    this.headerBytes = 0;
    const header = parseObjectHeader(line);
    this.handler.header(header);
    if (isPresent(header)) {
      this.remaining = header.size;
      if (header.size === 0) this.finishObject();
    }
    return newline + 1;
  }

  private finishObject(): void {
    this.remaining = -1;
    this.trailer = true;
    this.handler.objectEnd();
  }
}

export function unexpectedOutput(what: string): GitError {
  return new GitError('failed', `git cat-file: ${what}`);
}

/**
 * Runs one `git cat-file --batch --buffer` for `ids` (in the order given) through the runner, its
 * output fed to `parser` as it comes; then checks that the output ended between objects. `config`: git's
 * `-c` options before the command (a caller running beside another git keeps its pack windows small).
 */
export async function runCatFileBatch(git: GitRunner, ids: Iterable<string>, parser: { push(chunk: Buffer): void; end(): void }, signal?: AbortSignal, config: readonly string[] = []): Promise<void> {
  const input = (function* () {
    for (const id of ids) yield `${id}\n`;
  })();
  // --buffer: git writes in full blocks, not two writes per object.
  await git.readChunks(
    [...config, 'cat-file', '--batch', '--buffer'],
    (chunk) => {
      if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
      parser.push(chunk);
    },
    { input },
  );
  parser.end();
}
