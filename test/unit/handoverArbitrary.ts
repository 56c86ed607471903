// Random HANDOVER.yaml files for property tests: every layout a person might write (block and flow
// items, flow sections, comments, blank lines, folded and literal scalars, single and double quotes,
// odd indentation, CRLF, a BOM, no final line break, `%YAML` directives, empty `detected:` and
// `signoff:` placeholders), rendered from a random description. The files are valid; what they
// contain is read back with the loader, so the tests never depend on how a value was written.
import fc from 'fast-check';

export const FINGERPRINTS = ['fp-1', 'fp-2', 'a1b2c3:deploy/.env:aws-access-key:1', 'yes'];
export const PATHS = ['ansible/roles/postgres', 'deploy/.env', 'k8s/', 'docs/run book.md'];
export const BRANCHES = [
  { name: 'feature/pg-failover', kind: 'local' as const },
  { name: 'origin/fix/squashed', kind: 'remote' as const },
];
export const NAMES = ['李四', 'Bob', 'yes', '2026-01-01', "O'Brien", 'a: b', '#1', 'Zhang San', 'null', '@ops', ' padded ', 'x, y', '[x]', 'Ünïcødé', '12'];
export const DATES = ['2026-11-25', '2027-01-04', '2024-02-29'];
export const NOTES = ['ok', '已确认：无遗留问题', 'two\nlines', 'a: b # c', "it's fine", '{braces} and [brackets]', '- dash', '', 'tab\tinside'];

/** Texts for fields: each is written in a style that can hold it. */
const TEXTS = ['Deploy', '支付网关值班', 'yes', 'a: b', '#tag', 'x # y', "it's", 'say "hi"', 'two\nlines', 'null', '123', '2026-01-01', '🚨 alert', 'ends with colon:', 'Ünïcødé text'];

type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';
const BLOCK_HEADERS = ['|', '|-', '|+', '>', '>-'];

function plainOk(value: string): boolean {
  return /^[A-Za-z\u4e00-\u9fff\u00c0-\u017f][A-Za-z0-9 \u4e00-\u9fff\u00c0-\u017f]*$/.test(value) && !/^(?:yes|no|null|true|false|on|off|y|n)$/i.test(value);
}

interface Field {
  key: string;
  value: string;
  style: ScalarStyle;
  header: string;
  comment: boolean;
}

interface ItemSpec {
  fields: Field[];
  flow: boolean;
  multiLineFlow: boolean;
  accepted: 'none' | 'flow' | 'block' | 'first';
  rotated: boolean;
  commentBefore: boolean;
  blankBefore: boolean;
  note: boolean;
  /** A comment line after the item: at its keys' column, or deeper. */
  tail: 'none' | 'same' | 'deeper';
  /** `- # remark` with the keys starting on the next line. */
  dashComment: boolean;
  /** `rotated:` of a credential over two lines instead of `{by, on}`. */
  blockRotated: boolean;
}

interface SectionSpec {
  key: string;
  flowSection: boolean;
  items: ItemSpec[];
}

type DecisionsSpec =
  | { kind: 'absent' | 'empty' | 'tilde' | 'flowEmpty' }
  | { kind: 'block'; lists: { list: 'ignore' | 'rotated' | 'reviewed'; form: 'empty' | 'brackets' | 'flowItems' | 'blockItems' | 'flowSeq'; count: number }[] };

type SignoffSpec =
  | { kind: 'absent' | 'empty' | 'tilde' }
  | { kind: 'block' | 'flow'; roles: { role: 'from' | 'to' | 'supervisor'; form: 'flow' | 'block' | 'empty' }[] };

export interface FileSpec {
  eol: '\n' | '\r\n';
  bom: boolean;
  finalNewline: boolean;
  directive: boolean;
  headerComment: boolean;
  indent: number;
  seqIndent: boolean;
  dashGap: number;
  supervisor: boolean;
  sections: SectionSpec[];
  detected: DecisionsSpec;
  signoff: SignoffSpec;
  order: number[];
}

const REQUIRED: Record<string, string[]> = {
  duties: ['title'],
  pending: ['title', 'reason', 'remaining'],
  systems: ['name'],
  credentials: ['name', 'location'],
  documents: ['title'],
  contacts: ['name', 'role', 'contact'],
  assets: ['name'],
  risks: ['title'],
  schedule: ['topic'],
};
const OPTIONAL: Record<string, string[]> = { duties: ['details'], risks: ['details'], assets: ['location'], pending: [] };

const fieldArb = (key: string): fc.Arbitrary<Field> =>
  fc.record({
    key: fc.constant(key),
    value: fc.constantFrom(...TEXTS),
    style: fc.constantFrom<ScalarStyle>('plain', 'single', 'double', 'literal', 'folded'),
    header: fc.constantFrom(...BLOCK_HEADERS),
    comment: fc.boolean(),
  });

const itemArb = (section: string): fc.Arbitrary<ItemSpec> =>
  fc.record({
    fields: fc.tuple(...REQUIRED[section]!.map(fieldArb), fc.subarray((OPTIONAL[section] ?? []).map((key) => key))).chain(([...parts]) => {
      const optional = parts.pop() as string[];
      return fc.tuple(...optional.map(fieldArb)).map((extra) => [...(parts as Field[]), ...extra]);
    }),
    flow: fc.boolean(),
    multiLineFlow: fc.boolean(),
    accepted: fc.constantFrom<ItemSpec['accepted']>('none', 'none', 'flow', 'block', 'first'),
    rotated: fc.boolean(),
    commentBefore: fc.boolean(),
    blankBefore: fc.boolean(),
    note: fc.boolean(),
    tail: fc.constantFrom<ItemSpec['tail']>('none', 'none', 'same', 'deeper'),
    dashComment: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    blockRotated: fc.boolean(),
  });

const sectionArb = (key: string): fc.Arbitrary<SectionSpec> =>
  fc.record({ key: fc.constant(key), flowSection: fc.integer({ min: 0, max: 3 }).map((n) => n === 0), items: fc.array(itemArb(key), { minLength: 1, maxLength: 3 }) });

const decisionsArb: fc.Arbitrary<DecisionsSpec> = fc.oneof(
  fc.record({ kind: fc.constantFrom<'absent' | 'empty' | 'tilde' | 'flowEmpty'>('absent', 'empty', 'tilde', 'flowEmpty') }),
  fc.record({
    kind: fc.constant('block' as const),
    lists: fc.uniqueArray(
      fc.record({
        list: fc.constantFrom<'ignore' | 'rotated' | 'reviewed'>('ignore', 'rotated', 'reviewed'),
        form: fc.constantFrom<'empty' | 'brackets' | 'flowItems' | 'blockItems' | 'flowSeq'>('empty', 'brackets', 'flowItems', 'blockItems', 'flowSeq'),
        count: fc.integer({ min: 1, max: 2 }),
      }),
      { selector: (entry) => entry.list, maxLength: 3 },
    ),
  }),
);

const signoffArb: fc.Arbitrary<SignoffSpec> = fc.oneof(
  fc.record({ kind: fc.constantFrom<'absent' | 'empty' | 'tilde'>('absent', 'empty', 'tilde') }),
  fc.record({
    kind: fc.constantFrom<'block' | 'flow'>('block', 'flow'),
    roles: fc.uniqueArray(
      fc.record({ role: fc.constantFrom<'from' | 'to' | 'supervisor'>('from', 'to', 'supervisor'), form: fc.constantFrom<'flow' | 'block' | 'empty'>('flow', 'block', 'empty') }),
      { selector: (entry) => entry.role, minLength: 1, maxLength: 3 },
    ),
  }),
);

export const fileSpecArb: fc.Arbitrary<FileSpec> = fc.record({
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  directive: fc.boolean(),
  headerComment: fc.boolean(),
  indent: fc.constantFrom(2, 2, 3, 4),
  seqIndent: fc.boolean(),
  dashGap: fc.constantFrom(1, 1, 3),
  supervisor: fc.boolean(),
  sections: fc
    .subarray(['duties', 'pending', 'systems', 'credentials', 'documents', 'contacts', 'assets', 'risks', 'schedule'], { minLength: 1, maxLength: 5 })
    .chain((keys) => fc.tuple(...keys.map(sectionArb))),
  detected: decisionsArb,
  signoff: signoffArb,
  order: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 16, maxLength: 16 }),
});

/** A scalar in block context at `indent` (block scalars put their lines below). */
function blockScalar(field: Field, indent: string, unit: string): string[] {
  const value = field.value;
  let style = field.style;
  if (style === 'plain' && !plainOk(value)) style = 'double';
  if (style === 'single' && value.includes('\n')) style = 'double';
  const comment = field.comment && style !== 'literal' && style !== 'folded' ? '  # about it' : '';
  switch (style) {
    case 'plain':
      return [`${field.key}: ${value}${comment}`];
    case 'single':
      return [`${field.key}: '${value.replace(/'/g, "''")}'${comment}`];
    case 'double':
      return [`${field.key}: ${JSON.stringify(value)}${comment}`];
    default: {
      // Block scalars: the value's lines, indented one step deeper than the key; a kept one gets a blank line.
      const header = style === 'literal' ? field.header.replace('>', '|') : field.header.replace('|', '>');
      const lines = value.split('\n').map((line) => `${indent}${unit}${line}`);
      return [`${field.key}: ${header}`, ...lines, ...(header.endsWith('+') ? [''] : [])];
    }
  }
}

function flowScalar(value: string, style: ScalarStyle): string {
  if ((style === 'plain' || style === 'literal' || style === 'folded') && plainOk(value)) return value;
  if (style === 'single' && !value.includes('\n')) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

function fixed(section: string, id: string): [string, string][] {
  if (section === 'systems') return [['action', 'revoke']];
  if (section === 'schedule') return [['date', '2026-11-28']];
  if (section === 'documents') return [['url', 'https://wiki.example/x']];
  void id;
  return [];
}

/** Renders the description as the text of HANDOVER.yaml. */
export function renderFile(spec: FileSpec): string {
  const unit = ' '.repeat(spec.indent);
  const seq = spec.seqIndent ? unit : '';
  const gap = ' '.repeat(spec.dashGap);
  const blocks: string[][] = [];
  let counter = 0;
  const acceptedFlow = '{by: Bob, on: 2026-11-20}';

  blocks.push([`from:`, `${unit}name: Alice`, `${unit}emails: [alice@example.com, a2@example.com]`]);
  blocks.push([`to: {name: Bob, email: bob@example.com}`]);
  if (spec.supervisor) blocks.push([`supervisor:`, `${unit}name: 王五  # 监交人`]);
  blocks.push([`timeline:`, `${unit}start: 2026-11-20`, `${unit}due: 2026-12-04`]);

  for (const section of spec.sections) {
    const lines: string[] = [];
    const items = section.items.map((item) => ({ item, id: `${section.key.slice(0, 3)}-${counter++}${counter % 3 === 0 ? '.x_y' : ''}` }));
    if (section.flowSection) {
      const rendered = items.map(({ item, id }) => {
        const parts = [`id: ${id}`, ...item.fields.map((f) => `${f.key}: ${flowScalar(f.value, f.style)}`), ...fixed(section.key, id).map(([k, v]) => `${k}: ${v}`)];
        if (item.accepted !== 'none') parts.push(`accepted: ${acceptedFlow}`);
        return `{${parts.join(', ')}}`;
      });
      lines.push(`${section.key}: [${rendered.join(', ')}]`);
      blocks.push(lines);
      continue;
    }
    lines.push(`${section.key}:  # ${section.key}`);
    for (const { item, id } of items) {
      if (item.blankBefore) lines.push('');
      if (item.commentBefore) lines.push(`${seq}# item ${id}`);
      const extra: [string, string][] = [...fixed(section.key, id)];
      const rotatedBlock = section.key === 'credentials' && item.rotated && item.blockRotated && !item.flow;
      if (section.key === 'credentials' && item.rotated && !rotatedBlock) extra.push(['rotated', '{by: Bob, on: 2026-11-21}']);
      if (item.flow) {
        const parts = [`id: ${id}`, ...item.fields.map((f) => `${f.key}: ${flowScalar(f.value, f.style)}`), ...extra.map(([k, v]) => `${k}: ${v}`)];
        if (item.note) parts.push('note: earlier note');
        if (item.accepted !== 'none') parts.push(`accepted: ${acceptedFlow}`);
        if (item.multiLineFlow && parts.length > 2) {
          const pad = ' '.repeat(seq.length + 1 + gap.length + 1);
          lines.push(`${seq}-${gap}{${parts.slice(0, 2).join(', ')},`, `${pad}${parts.slice(2).join(', ')}}`);
        } else {
          lines.push(`${seq}-${gap}{${parts.join(', ')}}`);
        }
        continue;
      }
      const keyIndent = ' '.repeat(seq.length + 1 + gap.length);
      const body: string[][] = [[`id: ${id}`], ...item.fields.map((f) => blockScalar(f, keyIndent, unit)), ...extra.map(([k, v]) => [`${k}: ${v}`])];
      if (rotatedBlock) body.push(['rotated:', `${keyIndent}${unit}by: Bob`, `${keyIndent}${unit}on: 2026-11-21`, `${keyIndent}${unit}# rotated in the vault`]);
      if (item.note) body.push(['note: |', `${keyIndent}${unit}earlier`, `${keyIndent}${unit}note`]);
      if (item.accepted === 'flow') body.push([`accepted: ${acceptedFlow}`]);
      if (item.accepted === 'block') body.push(['accepted:', `${keyIndent}${unit}by: Bob`, `${keyIndent}${unit}on: 2026-11-20`]);
      if (item.accepted === 'first') body.unshift([`accepted: ${acceptedFlow}`]);
      if (item.dashComment) lines.push(`${seq}-${gap}# remark on ${id}`);
      body.forEach((entry, index) => {
        const [first, ...rest] = entry;
        lines.push(index === 0 && !item.dashComment ? `${seq}-${gap}${first}` : `${keyIndent}${first}`);
        // Continuation lines of block scalars carry their own indentation.
        lines.push(...rest.map((line) => (line === '' || line.startsWith(keyIndent) ? line : `${keyIndent}${line}`)));
      });
      if (item.tail === 'same') lines.push(`${keyIndent}# end of ${id}`);
      if (item.tail === 'deeper') lines.push(`${keyIndent}${unit}# deeper remark`);
    }
    blocks.push(lines);
  }

  const decisions = spec.detected;
  if (decisions.kind === 'empty') blocks.push(['detected:']);
  else if (decisions.kind === 'tilde') blocks.push(['detected: ~  # nothing yet']);
  else if (decisions.kind === 'flowEmpty') blocks.push(['detected: {}']);
  else if (decisions.kind === 'block') {
    const lines = ['detected:'];
    for (const { list, form, count } of decisions.lists) {
      const entries = Array.from({ length: count }, (_, i) => decisionEntry(list, i));
      if (form === 'empty') lines.push(`${unit}${list}:`);
      else if (form === 'brackets') lines.push(`${unit}${list}: []`);
      else if (form === 'flowSeq') lines.push(`${unit}${list}: [${entries.map((e) => `{${e.join(', ')}}`).join(', ')}]`);
      else {
        lines.push(`${unit}${list}:`);
        for (const entry of entries) {
          if (form === 'flowItems') lines.push(`${unit}${seq}- {${entry.join(', ')}}`);
          else entry.forEach((part, index) => lines.push(index === 0 ? `${unit}${seq}-${gap}${part}` : `${unit}${seq} ${gap}${part}`));
        }
      }
    }
    if (lines.length === 1) lines[0] = 'detected: {}';
    blocks.push(lines);
  }

  const signoff = spec.signoff;
  if (signoff.kind === 'empty') blocks.push(['signoff:   # to be signed']);
  else if (signoff.kind === 'tilde') blocks.push(['signoff: null']);
  else if (signoff.kind === 'flow') {
    const parts = signoff.roles.map(({ role, form }) => (form === 'empty' ? `${role}: ` : `${role}: {name: Signer, date: 2026-12-01}`));
    blocks.push([`signoff: {${parts.join(', ')}}`]);
  } else if (signoff.kind === 'block') {
    const lines = ['signoff:'];
    for (const { role, form } of signoff.roles) {
      if (form === 'empty') lines.push(`${unit}${role}:`);
      else if (form === 'flow') lines.push(`${unit}${role}: {name: Signer, date: 2026-12-01}`);
      else lines.push(`${unit}${role}:`, `${unit}${unit}name: Signer`, `${unit}${unit}date: 2026-12-01`);
    }
    blocks.push(lines);
  }

  // Top-level keys in a random order (after version and project), blank lines between some.
  const order = blocks.map((block, index) => ({ block, key: spec.order[index] ?? index })).sort((a, b) => a.key - b.key);
  const lines: string[] = [];
  if (spec.headerComment) lines.push('# 交接清单 — handover checklist');
  if (spec.directive) lines.push('%YAML 1.2', '---');
  lines.push('version: 1', 'project: "payments-ops"  # the post');
  order.forEach(({ block, key }) => {
    if (key % 3 === 0) lines.push('');
    lines.push(...block);
  });
  const text = lines.join(spec.eol) + (spec.finalNewline ? spec.eol : '');
  return (spec.bom ? '\uFEFF' : '') + text;
}

function decisionEntry(list: 'ignore' | 'rotated' | 'reviewed', index: number): string[] {
  if (list === 'ignore') return [`fingerprint: ${FINGERPRINTS[index]}`, 'reason: test fixture (not a credential)'];
  if (list === 'rotated') return [`fingerprint: ${FINGERPRINTS[index + 1]}`, 'by: Bob', 'on: 2026-11-22'];
  return index === 0 ? [`path: ${PATHS[0]}`, 'by: Bob', 'on: 2026-11-22'] : [`branch: ${BRANCHES[0]!.name}`, 'by: Bob', 'on: 2026-11-22', 'outcome: merged'];
}
