import * as assert from 'node:assert/strict';
import { CsvColumns, splitRow } from '../../src/core/detect/credentials/csvColumns';

describe('a CSV file\'s credential columns', () => {
  it('splits a row into cells with their offsets, quotes and doubled quotes undone', () => {
    assert.deepEqual(splitRow('alice,"a ""b"", c",,d', ','), [
      { value: 'alice', start: 0 },
      { value: 'a "b", c', start: 7 },
      { value: '', start: 19 },
      { value: 'd', start: 20 },
    ]);
    assert.deepEqual(splitRow('"x"', ','), [{ value: 'x', start: 1 }]);
    assert.deepEqual(splitRow('"open', ','), [{ value: 'open', start: 1 }]);
    assert.deepEqual(splitRow('a\tb', '\t'), [{ value: 'a', start: 0 }, { value: 'b', start: 2 }]);
  });

  it('reads a header by its delimiter (tab, then semicolon without a comma, else comma) and its names as words', () => {
    const cases: [string, string][] = [
      ['User name;Password', 'alice;pw1'],
      ['user-name\tSecret access key', 'alice\tpw1'],
      ['E-mail,Password', 'alice@x.example,pw1'],
    ];
    for (const [header, row] of cases) {
      const csv = new CsvColumns();
      csv.readHeader(header);
      assert.equal(csv.active, true, header);
      assert.deepEqual(csv.credentialCells(row).map((c) => c.value), ['pw1'], header);
    }
    const csv = new CsvColumns();
    csv.readHeader('user name,secret access key');
    assert.deepEqual(csv.credentialCells('alice,pw1').map((c) => c.key), ['secret_access_key']);
  });

  it('reads no header without an account\'s column, without a credential column, of one cell or of more than 64', () => {
    for (const header of ['rank,password,count', 'user,email,role', 'password', ['user', 'password', ...Array.from({ length: 63 }, (_, i) => `c${i}`)].join(',')]) {
      const csv = new CsvColumns();
      csv.readHeader(header);
      assert.equal(csv.active, false, header);
      assert.deepEqual(csv.credentialCells('alice,pw1,x'), [], header);
    }
    const wide = new CsvColumns();
    wide.readHeader(['user', 'password', ...Array.from({ length: 62 }, (_, i) => `c${i}`)].join(','));
    assert.equal(wide.active, true, '64 cells are still a header');
  });

  it('gives the credential columns\' cells that hold something, never an account\'s own column', () => {
    const csv = new CsvColumns();
    csv.readHeader('login,password,name');
    assert.deepEqual(csv.credentialCells('alice,pw1,Alice'), [{ key: 'password', value: 'pw1', start: 6 }]);
    assert.deepEqual(csv.credentialCells('bob,  ,Bob'), []);
    assert.deepEqual(csv.credentialCells('carol'), []);
  });
});
