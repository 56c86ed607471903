// The CLI's progress line: drawn on a terminal while history is read, never in piped output, erased
// before the command prints.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli } from '../../src/cli';
import { fitColumns, ProgressLine, terminalProgressSink, type ProgressSink } from '../../src/cli/progressLine';
import { translator } from '../../src/core/i18n/translator';
import { buildDemoRepository } from '../fixtures/demoRepository';
import type { FixtureRepo } from '../fixtures/fixtureRepo';

const ERASE = '\r\x1b[K';
const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function recordingSink(columns?: number): ProgressSink & { writes: string[] } {
  const writes: string[] = [];
  return { writes, write: (text) => void writes.push(text), columns: () => columns };
}

describe('the CLI progress line', function () {
  this.timeout(60_000);

  it('names the detection at once, redraws the count at most ten times a second, and erases itself once', () => {
    let clock = 1_000;
    const sink = recordingSink(120);
    const line = new ProgressLine(sink, translator('en'), () => clock);
    line.stage('credentials');
    assert.deepEqual(sink.writes, [`${ERASE}Credentials in history: scanning every change…`]);
    clock += 50;
    line.commits(10); // too soon after the stage was drawn
    assert.equal(sink.writes.length, 1);
    clock += 60;
    line.commits(20);
    assert.equal(sink.writes.at(-1), `${ERASE}Credentials in history: scanning every change… 20 commits read`);
    clock += 10;
    line.commits(30);
    assert.equal(sink.writes.length, 2);
    clock += 100;
    line.commits(1);
    assert.equal(sink.writes.at(-1), `${ERASE}Credentials in history: scanning every change… 1 commit read`);
    line.clear();
    line.clear();
    assert.deepEqual(sink.writes.slice(3), [ERASE], 'erased once, and only once');
  });

  it('speaks the messages’ language', () => {
    let clock = 0;
    const sink = recordingSink(120);
    const line = new ProgressLine(sink, translator('zh-CN'), () => clock);
    line.stage('owned');
    clock += 1_000;
    line.commits(1234);
    assert.equal(sink.writes.at(-1), `${ERASE}移交人负责的文件：正在读取提交历史……已读取 1234 个提交`);
  });

  it('is cut to the terminal’s width, counting wide characters as two columns, so that it never wraps', () => {
    assert.equal(fitColumns('abcdef', 6), 'abcdef');
    assert.equal(fitColumns('abcdefg', 6), 'abcde…');
    assert.equal(fitColumns('移交人负责', 10), '移交人负责');
    assert.equal(fitColumns('移交人负责的文件', 10), '移交人负…');
    assert.equal(fitColumns('a移交', 4), 'a移…');
    const sink = recordingSink(21);
    new ProgressLine(sink, translator('zh-CN')).stage('owned');
    const drawn = (sink.writes[0] ?? '').slice(ERASE.length);
    assert.equal(drawn, '移交人负责的文件：…', 'the last column stays free');
  });

  it('takes a terminal of unknown width (0 columns) as 80 columns wide', () => {
    const sink = recordingSink(0);
    new ProgressLine(sink, translator('en')).stage('credentials');
    assert.equal(sink.writes[0], `${ERASE}Credentials in history: scanning every change…`);
  });

  it('is drawn only on a terminal that can redraw a line', () => {
    const tty = { isTTY: true, columns: 100, write: () => true } as unknown as NodeJS.WriteStream;
    const pipe = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    assert.equal(terminalProgressSink(pipe, {}), undefined);
    assert.equal(terminalProgressSink(tty, { TERM: 'dumb' }), undefined);
    assert.equal(terminalProgressSink(tty, { TERM: 'xterm-256color' })?.columns(), 100);
  });

  describe('in the commands that read history', () => {
    let demo: FixtureRepo;
    before(() => {
      demo = buildDemoRepository();
    });
    after(() => demo.dispose());

    it('detect names each detection as it begins and erases the line before printing', async () => {
      const sink = recordingSink(200);
      let stdout = '';
      let stderr = '';
      const order: string[] = [];
      const progress: ProgressSink = {
        write: (text) => {
          order.push('progress');
          sink.write(text);
        },
        columns: sink.columns,
      };
      const code = await runCli(['detect', '--repo', demo.dir, '--json', '--no-cache'], { out: (s) => (order.push('out'), (stdout += s)), err: (s) => (stderr += s), progress }, { LANG: 'C' });
      assert.equal(code, 0, stderr);
      const drawn = sink.writes.filter((w) => w !== ERASE).map((w) => w.slice(ERASE.length));
      for (const stage of ['Files they own', 'Open branches', 'Credentials in history', 'Configuration that still names them']) {
        assert.ok(drawn.some((text) => text.startsWith(stage)), `${stage} in ${JSON.stringify(drawn)}`);
      }
      // The line is erased before the JSON is printed, and the JSON holds none of it.
      assert.equal(sink.writes.at(-1), ERASE);
      assert.equal(order.at(-1), 'out');
      assert.equal(order.at(-2), 'progress');
      assert.doesNotThrow(() => JSON.parse(stdout));
      assert.ok(!stdout.includes('\x1b') && !stderr.includes('\x1b'));
    });

    it('shows nothing when standard error is not a terminal (the CLI as CI runs it)', () => {
      const result = spawnSync(process.execPath, [CLI, 'detect', '--repo', demo.dir, '--no-cache'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(!result.stderr.includes('\x1b') && !result.stdout.includes('\x1b'));
      assert.ok(!result.stderr.includes('reading history'));
    });

    it('is drawn on a real terminal (a pseudo-terminal from script(1))', function () {
      if (spawnSync('script', ['--version']).status !== 0) this.skip(); // util-linux's script is not on this machine
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} detect --repo ${JSON.stringify(demo.dir)} --no-cache`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', TERM: 'xterm' } });
      assert.equal(result.status, 0, result.stdout);
      assert.ok(result.stdout.includes('\r\x1b[KFiles they own: reading history'), JSON.stringify(result.stdout.slice(0, 300)));
      assert.ok(result.stdout.includes('Credentials in history: 1 (1 not rotated)'));
    });
  });
});
