// Sweeps over the rule table's true samples, for what one fixed sample per rule cannot show:
//   node out/test/eval/sampleSweeps.js redraw [N]    each sample drawn N times (default 1,000) with seeds of its own:
//                                                    a real value the judgement takes for a stand-in by chance
//   node out/test/eval/sampleSweeps.js crlf|bom|trailing|subfolder [N]
//                                                    the same file written another way: what the rule found must stay found
// Prints each rule's first miss (the template and what was found, never more than the sample's own made-up text) and the
// totals. A measuring tool, not a test: the figures in docs/evaluation.md come from it.
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { CREDENTIAL_RULES, type CredentialRule } from '../../src/core/detect/credentials/ruleTable';
import { reseedFor } from '../fixtures/credentialCorpus';
import { expandSample } from '../fixtures/sampleValues';

type Variant = 'crlf' | 'bom' | 'trailing' | 'subfolder';
const VARIANTS: Record<Variant, { path: (p: string) => string; text: (t: string) => string }> = {
  crlf: { path: (p) => p, text: (t) => `${t.replace(/\n/g, '\r\n')}\r\n` },
  bom: { path: (p) => p, text: (t) => `\uFEFF${t}` },
  trailing: { path: (p) => p, text: (t) => `${t.replace(/\n/g, '  \n')}  ` },
  subfolder: { path: (p) => `infra/prod/${p}`, text: (t) => t },
};

function matches(path: string, text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  matchText(path, text, (m) => found.push(m));
  return found;
}

/** The lines a true sample's findings must be on (as ruleTable.test.ts reads them). */
function expectedLines(rule: CredentialRule, template: string): number[] {
  const slotted = template.split('\n').flatMap((l, i) => (l.includes('«') ? [i + 1] : []));
  if (rule.judge !== 'structure' || rule.find !== 'structure') return slotted;
  const starts = template.split('\n').flatMap((l, i) => (/BEGIN [A-Z0-9 ]*PRIVATE KEY-----|PuTTY-User-Key-File-|BEGIN OpenVPN Static key V\d-----/.test(l) ? [i + 1] : []));
  return starts.length > 0 ? starts : slotted;
}

function sweep(mode: string, draws: number): void {
  const variant = mode === 'redraw' ? undefined : VARIANTS[mode as Variant];
  if (mode !== 'redraw' && !variant) throw new Error(`unknown sweep "${mode}": redraw, ${Object.keys(VARIANTS).join(', ')}`);
  let tries = 0;
  const missedBy = new Map<string, number>();
  for (const rule of CREDENTIAL_RULES) {
    for (const [path, template] of rule.hits) {
      for (let k = 1; k <= draws; k++) {
        reseedFor(`${rule.id}#${k}#${path}`);
        const { text } = expandSample(template);
        const key = (m: SecretMatch) => `${m.kind}@${m.line}`;
        let ok: boolean;
        let shown: string;
        if (!variant) {
          const found = matches(path, text);
          const expected = expectedLines(rule, template);
          ok = found.some((m) => m.kind === rule.id) && expected.every((l) => found.some((m) => m.line === l)) && found.every((m) => expected.includes(m.line));
          shown = found.map(key).join(', ') || 'nothing';
        } else {
          // Only samples the rule finds as written: the sweep asks whether writing them otherwise loses it.
          const before = matches(path, text);
          if (!before.some((m) => m.kind === rule.id)) continue;
          const after = matches(variant.path(path), variant.text(text));
          ok = before.map(key).sort().join() === after.map(key).sort().join();
          shown = `${before.map(key).join(', ')} → ${after.map(key).join(', ') || 'nothing'}`;
        }
        tries++;
        if (ok) continue;
        const count = (missedBy.get(rule.id) ?? 0) + 1;
        missedBy.set(rule.id, count);
        if (count === 1) console.log(`miss ${rule.id} ${path}: ${JSON.stringify(template).slice(0, 160)} (found ${shown})`);
      }
    }
  }
  const missed = [...missedBy.values()].reduce((a, b) => a + b, 0);
  console.log(`${mode}: ${tries} samples, ${missed} missed, in ${missedBy.size} rules${missedBy.size ? `: ${[...missedBy].map(([id, n]) => `${id} ${n}`).join(', ')}` : ''}`);
}

const [mode = 'redraw', count] = process.argv.slice(2);
sweep(mode, Number(count ?? (mode === 'redraw' ? 1000 : 2)));
