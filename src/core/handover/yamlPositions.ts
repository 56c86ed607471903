import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Position, SourceRange } from './model';

/** Converts yaml offsets into 1-based editor positions. */
export class PositionMapper {
  constructor(private readonly lineCounter: LineCounter) {}

  position(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, col };
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  nodeRange(node: Node | null | undefined): SourceRange {
    if (!node?.range) return this.range(0, 0);
    return this.range(node.range[0], node.range[1]);
  }
}

/** The scalar text of a mapping key, or undefined when the key is not a plain scalar. */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

/** Finds the pair of `key` in a mapping node. */
export function pairOf(node: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isPair(pair) && keyText(pair) === key) return pair as Pair<Node, Node>;
  }
  return undefined;
}

/**
 * Walks from the document root along `path` (mapping keys and sequence indexes). Returns the deepest
 * node reached and, when the last step was a mapping key, its pair (whose key node locates the field).
 */
export function locate(doc: Document, path: readonly (string | number)[]): { node: Node | null; pair?: Pair<Node, Node>; complete: boolean } {
  let node = doc.contents as Node | null;
  let pair: Pair<Node, Node> | undefined;
  for (const step of path) {
    if (isSeq(node)) {
      const next = node.items[Number(step)] as Node | undefined;
      if (!next) return { node, pair, complete: false };
      node = next;
      pair = undefined;
    } else {
      const found = pairOf(node, String(step));
      if (!found) return { node, pair, complete: false };
      pair = found;
      node = found.value ?? (found.key as Node);
    }
  }
  return { node, pair, complete: true };
}
