// Minimal globs for the `exclude` option. node:path `matchesGlob` exists in Node 20.17+, but it is
// experimental there and prints an ExperimentalWarning on first use (into the CLI's stderr), so the few
// forms needed are compiled here:
//   *   any characters but '/'          ?   one character but '/'
//   **  any number of whole segments    [abc] [a-z] [!abc]  one character of a set
// A pattern without '/' matches a file name at any depth (`*.min.js`); a pattern ending in '/' matches
// a folder and everything in it (`vendor/`); otherwise it matches the whole path from the root
// (`src/generated/**`). A leading '/' or './' anchors at the root and is dropped. Paths are '/'-separated.

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function compileBody(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more segments; a final `**` matches the rest.
          if (i + 2 === glob.length) out += '.*';
          else {
            out += '(?:[^/]*/)*';
            i++; // the '/' after ** is part of the group
          }
          i++;
          continue;
        }
        i++;
      }
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let set = glob.slice(i + 1, close);
      const negate = set.startsWith('!') || set.startsWith('^');
      if (negate) set = set.slice(1);
      const body = [...set].map((c) => (c === '-' ? '-' : c === '\\' || c === ']' || c === '^' ? `\\${c}` : c)).join('');
      out += negate ? `(?!/)[^${body}]` : `[${body}]`;
      i = close;
    } else {
      out += escapeRegExp(char);
    }
  }
  return out;
}

/**
 * A predicate true for the paths any of the globs matches. The globs are joined into two expressions,
 * so that a path is tested twice, not once per glob: those of a file name at any depth, tested on the
 * path's last segment (a name pattern matches no '/', except `**`, which matches any path and any
 * name alike), and the others, tested on the whole path.
 */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const names: string[] = [];
  const paths: string[] = [];
  for (const raw of globs) {
    let glob = raw.trim().replace(/\\/g, '/');
    if (!glob) continue;
    let anchored = false;
    if (glob.startsWith('./')) glob = glob.slice(2);
    if (glob.startsWith('/')) {
      glob = glob.slice(1);
      anchored = true;
    }
    let folder = false;
    if (glob.endsWith('/')) {
      glob = glob.slice(0, -1);
      folder = true;
    }
    if (!glob) continue;
    const anywhere = !anchored && !glob.includes('/');
    if (anywhere && !folder) names.push(`(?:${compileBody(glob)})`);
    else paths.push(`(?:${anywhere ? '(?:.*/)?' : ''}${compileBody(glob)}${folder ? '/.*' : ''})`);
  }
  const name = names.length ? new RegExp(`^(?:${names.join('|')})$`, 's') : undefined;
  const whole = paths.length ? new RegExp(`^(?:${paths.join('|')})$`, 's') : undefined;
  if (!name && !whole) return () => false;
  return (path) => (name !== undefined && name.test(path.slice(path.lastIndexOf('/') + 1))) || (whole !== undefined && whole.test(path));
}
