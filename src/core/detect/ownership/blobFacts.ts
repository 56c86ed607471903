// Lines and generated-code header of each blob of a commit, from one `git cat-file --batch` read as
// bytes: each blob is inflated once for both (two `git grep` passes inflated every blob twice, the
// largest fixed cost of the history analysis on a short history), a blob shared by several paths once,
// and nothing is decoded but the object headers.
//
// The figures are those `git grep -I` gives:
//   lines      `git grep -c -e ''`: newlines, plus one for a last line without one; 0 for an empty blob.
//   binary     by content, a NUL in the first 8,000 bytes (git's buffer_is_binary), unless the path's
//              `diff` attribute says otherwise (binaryByAttributes below); a binary file has no lines.
//   generated  a generated-code header in the first HEADER_LINES lines (defaultExclusions.ts).
// A blob the clone lacks (`<id> missing`) has no entry: no lines, as a binary file.
import { CatFileBatchParser, isPresent, runCatFileBatch, unexpectedOutput } from '../../git/catFileBatch';
import type { GitRunner } from '../../git/gitRunner';
import { HEADER_LINES } from './defaultExclusions';

export interface BlobFacts {
  /** Lines (0 when empty); 0 for a binary blob not read whole. */
  lines: number;
  /** A NUL in the first BINARY_PROBE_BYTES bytes. */
  binary: boolean;
  /** A generated-code header in the first HEADER_LINES lines (false when not looked for). */
  generated: boolean;
}

/** The bytes git looks at to call a blob binary (FIRST_FEW_BYTES in git's xdiff-interface.c). */
export const BINARY_PROBE_BYTES = 8000;

const NEWLINE = 0x0a;
const AT_GENERATED = Buffer.from('@generated', 'latin1');
const CODE_GENERATED = Buffer.from('Code generated ', 'latin1');
const DO_NOT_EDIT = Buffer.from('DO NOT EDIT', 'latin1');
/** At most this many bytes between "Code generated " and "DO NOT EDIT". */
const MAX_GAP = 200;
/** Bytes of the header region kept from one piece of output to the next: more than a whole match spans. */
const CARRY = CODE_GENERATED.length + MAX_GAP + DO_NOT_EDIT.length;

/**
 * Whether `bytes` (lines of a file, a partial last line allowed) hold a generated-code header: the
 * `@generated` marker, or "Code generated " followed on the same line, within MAX_GAP bytes, by
 * "DO NOT EDIT" — Go's convention. Bytes, not characters: as `git grep -E` matches under LC_ALL=C.
 */
export function hasGeneratedHeader(bytes: Uint8Array): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.indexOf(AT_GENERATED) >= 0) return true;
  for (let at = view.indexOf(CODE_GENERATED); at >= 0; at = view.indexOf(CODE_GENERATED, at + 1)) {
    const from = at + CODE_GENERATED.length;
    // The first "DO NOT EDIT" after it is the nearest: if that one is too far or on a later line, all are.
    const end = view.indexOf(DO_NOT_EDIT, from);
    if (end < 0) return false;
    if (end - from > MAX_GAP) continue;
    const newline = view.indexOf(NEWLINE, from);
    if (newline < 0 || newline > end) return true;
  }
  return false;
}

/**
 * Push parser of `git cat-file --batch` output (framed by CatFileBatchParser): hands each blob's facts
 * to `onBlob` as soon as its last byte is read; keeps at most CARRY bytes of a blob, whatever its size.
 * A missing object is left out.
 */
export class BlobFactsParser {
  private readonly framing: CatFileBatchParser;
  private id = '';
  private size = 0;
  private seen = 0;
  private newlines = 0;
  private lastByte = -1;
  private binary = false;
  private generated = false;
  /** The header region (lines 1 to HEADER_LINES) is over. */
  private pastHeader = false;
  private carry: Buffer = Buffer.alloc(0);

  /** Whether the current blob is read whole even when its content looks binary. */
  private whole = false;

  /**
   * `headers`: look for generated-code headers. `readWhole`: blobs whose lines are counted (and header
   * looked for) even when their content looks binary (a path whose `diff` attribute says text).
   */
  constructor(
    private readonly onBlob: (id: string, facts: BlobFacts) => void,
    private readonly headers: boolean,
    private readonly readWhole: ReadonlySet<string> = new Set(),
  ) {
    this.framing = new CatFileBatchParser({
      header: (header) => {
        if (!isPresent(header)) return;
        if (header.type !== 'blob') throw unexpectedOutput(`${header.id} is a ${header.type}, not a blob`);
        this.startBlob(header.id, header.size);
      },
      content: (bytes) => this.readContent(bytes),
      objectEnd: () => this.finishBlob(),
    });
  }

  push(chunk: Buffer): void {
    this.framing.push(chunk);
  }

  /** The output ended: it must end between objects. */
  end(): void {
    this.framing.end();
  }

  private startBlob(id: string, size: number): void {
    this.id = id;
    this.size = size;
    this.seen = 0;
    this.newlines = 0;
    this.lastByte = -1;
    this.binary = false;
    this.generated = false;
    this.pastHeader = !this.headers;
    this.carry = Buffer.alloc(0);
    this.whole = this.readWhole.has(id);
  }

  private readContent(piece: Buffer): void {
    if (piece.length === 0 || (this.binary && !this.whole)) return;
    if (this.seen < BINARY_PROBE_BYTES && !this.binary) {
      if (piece.subarray(0, BINARY_PROBE_BYTES - this.seen).indexOf(0) >= 0) {
        this.binary = true;
        if (!this.whole) return; // nothing more is read of it
      }
    }
    this.seen += piece.length;
    this.lastByte = piece[piece.length - 1] as number;
    let headerEnd = -1;
    for (let at = piece.indexOf(NEWLINE); at >= 0; at = piece.indexOf(NEWLINE, at + 1)) {
      this.newlines++;
      if (this.newlines === HEADER_LINES && !this.pastHeader) headerEnd = at;
    }
    if (!this.pastHeader && !this.generated) this.searchHeader(headerEnd >= 0 ? piece.subarray(0, headerEnd) : piece);
    if (headerEnd >= 0) this.pastHeader = true;
  }

  /** Looks for the header in this piece of the header region, joined to the end of the last piece's line. */
  private searchHeader(piece: Buffer): void {
    const view = this.carry.length ? Buffer.concat([this.carry, piece]) : piece;
    if (hasGeneratedHeader(view)) {
      this.generated = true;
      this.carry = Buffer.alloc(0);
      return;
    }
    // A match cannot cross a newline: only the current line's last bytes can begin one.
    const keepFrom = Math.max(view.lastIndexOf(NEWLINE) + 1, view.length - CARRY);
    this.carry = Buffer.from(view.subarray(keepFrom));
  }

  private finishBlob(): void {
    const partialLine = this.size > 0 && this.lastByte !== NEWLINE ? 1 : 0;
    const read = !this.binary || this.whole;
    this.onBlob(this.id, { lines: read ? this.newlines + partialLine : 0, binary: this.binary, generated: read && this.generated });
    this.carry = Buffer.alloc(0);
  }
}

/**
 * Facts of each of `ids` (blob ids; each read once however often given), from one `git cat-file
 * --batch`. Blobs the clone lacks are left out. `headers`: look for generated-code headers;
 * `readWhole`: see BlobFactsParser.
 */
export async function readBlobFacts(git: GitRunner, ids: Iterable<string>, options: { headers: boolean; readWhole?: ReadonlySet<string>; signal?: AbortSignal }): Promise<Map<string, BlobFacts>> {
  const { signal } = options;
  const facts = new Map<string, BlobFacts>();
  const unique = new Set(ids);
  if (unique.size === 0) return facts;
  const parser = new BlobFactsParser((id, blob) => void facts.set(id, blob), options.headers, options.readWhole);
  await runCatFileBatch(git, unique, parser, signal);
  return facts;
}
