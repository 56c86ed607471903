import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Symfony API's demo with its Helm chart, a WordPress development box, an Android
// app and an iOS app built with fastlane, and a collection of Helm charts (docs/evaluation.md, twenty-first session, helper
// cred-unseen-20). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** Random-looking text of a token's length. */
const tokenLike = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k', 'Hs8d', 'Nc3f');

describe('credentials in the twentieth batch of unseen histories', () => {
  it('read a Ruby file named for its tool as code: a bare word after a credential\'s name is a call or a variable', () => {
    assert.deepEqual(matchKinds('fastlane/Fastfile', '    keychain_password = SecureRandom.hex\n'), []);
    assert.deepEqual(matchKinds('fastlane/Fastfile', '      certificate_password: info.key,\n'), []);
    assert.deepEqual(matchKinds('ios/Podfile', '  api_token = ENV.fetch\n'), []);
    // A literal written in is still found, in a Fastfile and in a Vagrantfile (read as before, a box's provisioning).
    assert.deepEqual(matchKinds('fastlane/Fastfile', `    keychain_password = "${tokenLike}"\n`), ['password@1']);
    assert.deepEqual(matchKinds('Vagrantfile', `  config.ssh.password = "${tokenLike}"\n`), ['password@1']);
    assert.deepEqual(matchKinds('Vagrantfile', '  ansible.raw_arguments = ["--flush-cache", "-e ansible_become_pass=vagrant"]\n'), ['password@1']);
  });

  it('read an unnamed stand-in and the ask to change it as placeholders', () => {
    assert.deepEqual(matchKinds('charts/comcast/values.yaml', joined('password: some', 'password\n')), []);
    assert.deepEqual(matchKinds('charts/dyndns/values.yaml', joined('  token: some', 'token  # REQUIRED\n')), []);
    assert.deepEqual(matchKinds('charts/uptime/values.yaml', joined('  apikey: some', 'apikey\n')), []);
    assert.deepEqual(matchKinds('helm/app/values.yaml', joined('  postgresPassword: "!This', 'MustBe', 'Changed!"\n')), []);
    // A weak value that is no stand-in is still found in deployed configuration.
    assert.deepEqual(matchKinds('charts/comcast/values.yaml', 'password: comcastpass\n'), ['password@1']);
  });

  it('read camel-case words joined by a dash as a name', () => {
    // A defaults key, an enum's raw value.
    assert.deepEqual(matchKinds('Sources/App/CarPlaySceneDelegate.swift', '    private let carPlayPreferredServerKey = "carPlay-server"\n'), []);
    assert.deepEqual(matchKinds('Sources/Shared/BackgroundTask.swift', '    case managerDidReceiveRegistrationToken = "notificationManager-didReceiveRegistrationToken"\n'), []);
    // Random text with a dash is still a value.
    assert.deepEqual(matchKinds('Sources/App/Keys.swift', `    private let serverKey = "${tokenLike.slice(0, 12)}-${tokenLike.slice(12)}"\n`), ['api-key@1']);
  });

  it('read a boolean before a shell line\'s continuation as the boolean', () => {
    assert.deepEqual(matchKinds('Dockerfile', 'CMD /usr/sbin/sshd -D \\\n    -o PasswordAuthentication=yes\\\n    -o PidFile=/tmp/sshd.pid\n'), []);
    assert.deepEqual(matchKinds('Dockerfile', 'CMD /usr/sbin/sshd -D -o PasswordAuthentication=no \\\n'), []);
  });

  it('read Doctrine\'s data fixtures as tests', () => {
    assert.equal(contextOfPath('api/src/DataFixtures/Story/DefaultUsersStory.php'), 'test');
    assert.equal(contextOfPath('src/DataFixtures/AppFixtures.php'), 'test');
    assert.equal(contextOfPath('src/Fixtures.php'), 'code');
  });

  it('read a readme.txt in lower case as docs', () => {
    assert.equal(contextOfPath('config/db-dumps/readme.txt'), 'docs');
    assert.equal(contextOfPath('database/backups/ReadMe.txt'), 'docs');
    // A lower-case script named for its task stays code.
    assert.equal(contextOfPath('install'), 'code');
  });

  it('read WordPress core\'s folders as vendored', () => {
    assert.equal(contextOfPath('www/wordpress-default/wp-includes/pluggable.php'), 'vendored');
    assert.equal(contextOfPath('public/wp-admin/setup-config.php'), 'vendored');
    // A site's own configuration, themes and plugins stay code.
    assert.equal(contextOfPath('www/wordpress-default/wp-config.php'), 'code');
    assert.equal(contextOfPath('wp-content/themes/shop/functions.php'), 'code');
  });
});
