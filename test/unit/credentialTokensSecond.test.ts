import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Provider tokens missed when our rules were held out against a second scanner's detector tests (docs/evaluation.md,
// helper cred-tokens-2). Those test inputs stay outside the repository: every value here is made up at run time from
// a seeded generator, so that the source holds nothing that reads as a key.

/** `n` characters of `alphabet`, irregular and the same on every run. */
function made(alphabet: string, n: number, seed: number): string {
  let x = (seed * 2654435761) >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += alphabet[(x >>> 11) % alphabet.length];
  }
  return out;
}
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = `${DIGITS}${LOWER}${LOWER.toUpperCase()}`;
const HEX = `${DIGITS}abcdef`;
const BASE64 = `${ALNUM}+/`;

describe('provider tokens held out against a second scanner\'s detector tests', () => {
  it('find an Azure storage account key given to an account or storage key name in any syntax, not only AccountKey=', () => {
    const key = joined(made(BASE64, 86, 3), '==');
    assert.deepEqual(matchKinds('src/Storage/Init.cs', `  { "AccountName", "shopdata" },\n  { "AccountKey", "${key}" },\n`), ['azure-storage-key@2']);
    assert.deepEqual(matchKinds('test/parse.spec.js', `assert.equal(parsed['AccountKey'], '${key}');\n`), ['azure-storage-key@1']);
    assert.deepEqual(matchKinds('k8s/azure-secret.yaml', `data:\n  azurestorageaccountname: c2hvcA==\n  azurestorageaccountkey: ${key}\n`).filter((k) => k.startsWith('azure-storage-key')), ['azure-storage-key@3']);
    assert.deepEqual(matchKinds('scripts/backup.cmd', `AzCopy.exe -storagename shop -storagekey ${key} -container sqlbackup\n`), ['azure-storage-key@1']);
    assert.deepEqual(matchKinds('infra/main.tf', `  storage_account_key = "${key}"\n`).filter((k) => k.startsWith('azure-storage-key')), ['azure-storage-key@1']);
    // A reference, or a value of another length (a shorter digest), is not a storage key.
    assert.deepEqual(matchKinds('infra/main.tf', '  storage_account_key = var.storage_key\n'), []);
    assert.deepEqual(matchKinds('src/Storage/Init.cs', `  { "AccountKey", "${joined(made(BASE64, 42, 5), '==')}" },\n`).filter((k) => k.startsWith('azure-storage-key')), []);
  });

  it('leave the storage emulator\'s published account key (devstoreaccount1) quiet, and only that one', () => {
    // Microsoft's documentation gives this one fixed key to every local emulator: nothing to rotate.
    const emulator = joined('Eby8vdM02xNOcqFlqUwJPL', 'lmEtlCDXJ1OUzFT50uSRZ6', 'IFsuFq2UVErCz4I6tq/K1S', 'ZFPTOtr/KBHBeksoGMGw==');
    const line = (key: string) => `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};BlobEndpoint=http://azurite:10000/devstoreaccount1;\n`;
    assert.deepEqual(matchKinds('docker-compose.env', line(emulator)), []);
    assert.deepEqual(matchKinds('src/settings.json', `{\n  "StorageKey": "${emulator}",\n  "AzureWebJobsStorage": "AccountName=devstoreaccount1;AccountKey=${emulator};"\n}\n`), []);
    // One character changed and it is a key like any other.
    const changed = `${emulator.slice(0, 10)}${emulator[10] === 'q' ? 'r' : 'q'}${emulator.slice(11)}`;
    assert.deepEqual(matchKinds('docker-compose.env', line(changed)).filter((k) => k.startsWith('azure-storage-key')), ['azure-storage-key@1']);
  });

  it('find a Power Automate or Logic Apps workflow URL by its base64url signature (the Teams workflow webhook)', () => {
    const sig = joined(made(`${ALNUM}-_`, 20, 7), '-', made(`${ALNUM}-_`, 22, 9));
    const url = `https://prod-27.westeurope.logic.azure.com:443/workflows/${made(HEX, 32, 11)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`;
    assert.deepEqual(matchKinds('alertmanager/teams.yml', `    webhook_url: '${url}'\n`), ['azure-connection-string@1']);
    // A signature left as a template is not one.
    assert.deepEqual(matchKinds('alertmanager/teams.yml', "    webhook_url: 'https://prod-27.westeurope.logic.azure.com:443/workflows/x/triggers/manual/paths/invoke?sv=1.0&sig={{ teams_sig }}'\n"), []);
  });

  it('find a Mailgun key in its older base-36 form and in its current hex form on a line naming Mailgun', () => {
    const older = joined('ke', 'y-', made(`${DIGITS}${LOWER}`, 32, 13));
    assert.deepEqual(matchKinds('config/mail.rb', `  api_key: "${older}",\n`).filter((k) => k.startsWith('mailgun')), ['mailgun-api-key@1']);
    const current = joined(made(HEX, 32, 15), '-', made(HEX, 8, 17), '-', made(HEX, 8, 19));
    assert.deepEqual(matchKinds('deploy/app.env', `MAILGUN_API_KEY=${current}\n`).filter((k) => k.startsWith('mailgun')), ['mailgun-api-key@1']);
    // The same hex shape on a line that does not name Mailgun is not claimed for it; `key-` before a word is not a key.
    assert.deepEqual(matchKinds('deploy/app.env', `BUILD_ID=${current}\n`).filter((k) => k.startsWith('mailgun')), []);
    assert.deepEqual(matchKinds('src/ui/keys.css', '.key-contentpanelheaderwrapperbox { color: red }\n'), []);
  });

  it('find an AWS AppSync API key by its prefix', () => {
    const value = joined('da', '2-', made(`${DIGITS}${LOWER}`, 26, 21));
    assert.deepEqual(matchKinds('src/aws-exports.js', `const awsmobile = {\n  aws_appsync_apiKey: "${value}",\n};\n`), ['aws-appsync-api-key@2']);
    assert.deepEqual(matchKinds('notes/api.txt', `x-api-key ${value}\n`), ['aws-appsync-api-key@1']);
    // A run of one letter or the alphabet in order is a stand-in.
    assert.deepEqual(matchKinds('src/aws-exports.js', `  aws_appsync_apiKey: "da2-${'a'.repeat(26)}",\n`), []);
  });

  it('find a Fly.io macaroon token (FlyV1 and its fm2_ parts)', () => {
    const value = joined('Fly', 'V1 fm2_', made(`${ALNUM}+/`, 180, 23), '==,fm2_', made(`${ALNUM}+/`, 60, 25));
    assert.deepEqual(matchKinds('.github/workflows/deploy.yml', `        env:\n          FLY_API_TOKEN: "${value}"\n`), ['flyio-token@2']);
    // The scheme word alone, or before a variable, is not a token.
    assert.deepEqual(matchKinds('docs/deploy.md', 'Send `Authorization: FlyV1 $FLY_API_TOKEN` with each request.\n'), []);
  });
});
