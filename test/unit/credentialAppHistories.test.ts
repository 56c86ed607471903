import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Rails app, a PHP app and an Ansible collection (docs/evaluation.md,
// fourteenth session). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A weak but chosen password: a word, a sign and digits. */
const weak = joined('Trel', 'lis', '-', '41');

describe('credentials in application and ops histories', () => {
  it('leave keys that name a property of the password alone, and keep the password beside them', () => {
    const defaults = [
      "postgresql__password_characters: 'ascii,digits,.-_~&()*='",
      "nginx__htpasswd_password_characters: 'ascii_letters,digits'",
      "etherpad_password_hashing_algo: 'bcrypt'",
      'pwdAttribute: userPassword',
      "pwdLockoutDuration: '300'",
      "  - name: 'login_password_maxlen'\n    value: 1024",
      "  - name: 'password_poppassd_port'\n    value: 106",
      "  - name: 'password_plesk_user'\n    value: 'admin'",
    ];
    for (const line of defaults) assert.deepEqual(matchKinds('roles/mail/defaults/main.yml', line), [], line);
    // Dovecot's map of LDAP attributes to fields, in a role's template: `pass_attrs` names the map.
    assert.deepEqual(matchKinds('templates/dovecot-ldap-passdb.conf.j2', 'pass_attrs = mailDrop=user, userPassword=password'), []);
    // The words that qualify a password before its word still name one; after it they name something else.
    assert.deepEqual(matchKinds('group_vars/all.yml', `db_user_password: ${weak}\nconsole_port_password: ${weak}x\nroot_password: ${weak}y`), ['password@1', 'password@2', 'password@3']);
    assert.deepEqual(matchKinds('roles/mail/defaults/main.yml', `  - name: 'password_plesk_pass'\n    value: '${weak}'`), ['password@2']);
  });

  it('leave a command line written with template variables alone', () => {
    assert.deepEqual(matchKinds('playbooks/cleanup.yml', '      command: "rabbitmqctl change_password {{ rabbitmq_user }} {{ rabbitmq_user_password }}"'), []);
    assert.deepEqual(matchKinds('deploy.sh', `rabbitmqctl change_password ops ${weak}`), ['ops-command-password@1']);
  });

  it('leave a list of packages alone: a package named with a credential word maps to its version', () => {
    const packages = ['  cipux-passwd: 3.4.0-1', '  kdepasswd: 4:4.8.4-0ubuntu1', '  cmospwd: 5.0+dfsg-2', '  python-passwd-tools: 0.3~git20120813-2'];
    for (const line of packages) assert.deepEqual(matchKinds('scripts/repo_config.yml', `packages:\n${line}`), [], line);
    // A password of letters and digits is still one beside them, and a version-shaped one in a file that holds credentials.
    assert.deepEqual(matchKinds('scripts/repo_config.yml', `db_password: ${weak}`), ['password@1']);
    assert.deepEqual(matchKinds('.pgpass', 'db.example.com:5432:app:app:1.2.3-4'), ['pgpass-password@1']);
  });

  it('read a password named after the environment it is passed in (Docker link variables), and not a key naming that variable', () => {
    const password = joined('Qx7', 'Lm2p', 'Rt9V', 'wK4');
    assert.deepEqual(matchKinds('docker.env', `MAIL_ENV_USERNAME=ops\nMAIL_ENV_PASSWORD=${password}`), ['password@2']);
    assert.deepEqual(matchKinds('docker-compose.yml', `services:\n  app:\n    environment:\n      DB_ENV_MYSQL_PASSWORD: ${password}`), ['password@4']);
    assert.deepEqual(matchKinds('roles/app/defaults/main.yml', 'app_db_password_env: APP_DB_PASSWORD\napp_secret_env: app-secret'), []);
  });

  it('read no Ansible loop over the password lookup as a password', () => {
    const task = ['- set_fact:', "    preseed_rootpw: '{{ item }}'", "  with_password: apt_password_lookup + ' encrypt=md5_crypt'", '- set_fact: x=1', '  with_password: credentials/root length=20'].join('\n');
    assert.deepEqual(matchKinds('roles/apt/tasks/preseed.yml', task), []);
    assert.deepEqual(matchKinds('roles/apt/tasks/preseed.yml', `- mysql_user:\n    password: ${weak}`), ['password@2']);
  });

  it('read the passwd database of nsswitch as the services it lists, not as a password', () => {
    assert.deepEqual(matchKinds('templates/etc/nsswitch.conf.j2', 'passwd:         compat\ngroup:          compat\nshadow:         compat'), []);
    assert.deepEqual(matchKinds('roles/nsswitch/defaults/main.yml', "nsswitch__default_database_map:\n  'passwd':     [ 'compat', 'mymachines', 'systemd', 'sss', 'ldap', 'winbind' ]"), []);
    // The same key with a password written in is still one.
    assert.deepEqual(matchKinds('group_vars/all.yml', `passwd: ${weak}`), ['password@1']);
  });

  it('read a one-letter substitution variable and an escaped shell parameter as references', () => {
    assert.deepEqual(matchKinds('roles/roundcube/defaults/main.yml', "roundcube__smtp_pass: '%p'\ndovecot_master_password: '%w'"), []);
    const init = `    echo "SET PASSWORD FOR 'root'@'localhost' = PASSWORD('\\\${DATABASE_PASSWORD:\\$DATABASE_PASSWORD}');" | mysql -u root`;
    assert.deepEqual(matchKinds('docker/scripts/init', init), []);
    assert.deepEqual(matchKinds('docker/scripts/init', `    echo "SET PASSWORD FOR 'root'@'localhost' = PASSWORD('${weak}');" | mysql -u root`), ['sql-password@1']);
    assert.deepEqual(matchKinds('roles/roundcube/defaults/main.yml', `roundcube__smtp_pass: '%p${weak}'`), ['password@1']);
  });

  it('read a phrase describing the credential, or metasyntactic words, as a stand-in, even in deployed configuration', () => {
    const template = ["      - name: 'xmail_pass'\n        value: 'YourXmailControlPass'", "    password: '_the_password_of_the_bind_user'", '    "pass": "bar_foo"', 'MYSQL_PASSWORD=YOUR_shop_USER_PASSWORD'];
    for (const line of template) assert.deepEqual(matchKinds('roles/app/defaults/main.yml', line), [], line);
    // A chosen phrase without those marks is a weak password there.
    assert.deepEqual(matchKinds('roles/app/defaults/main.yml', `password: '${joined('The', 'Secret', 'Garden')}'\nsmtp_pass: '${joined('Your', 'Mom', '77')}'`), ['password@1', 'password@2']);
  });

  it('read a call without parentheses and a string joined to code as code, not as values', () => {
    assert.deepEqual(matchKinds('bin/setup_heroku', '    seed_password = nag "Finally, what password would you like to use?", noecho: true'), []);
    const controller = [
      "            'password' => 'required|confirmed|'.Setting::passwordComplexityRulesSaving('update'),",
      "                'password' => 'required|notIn:[\"'.$user->email.'\",\"'.$user->username.'\"'",
      "                'passwordElement': '#modal-password',",
    ].join('\n');
    assert.deepEqual(matchKinds('app/Http/Controllers/Auth/ResetPasswordController.php', controller), []);
    assert.deepEqual(matchKinds('bin/setup_heroku', `    seed_password = "${weak}"`), ['password@1']);
    assert.deepEqual(matchKinds('config/app.php', `    'password' => '${weak}',\n    'password' => '${weak}' . '${weak}',`), ['password@1', 'password@2']);
  });

  it('read no URL password across the @ delimiter of a sed substitution', () => {
    assert.deepEqual(matchKinds('deploy/prepare.sh', 'sed -i "s@APP_URL=.*@APP_URL=http://$BUILD_HOST:8000@g" .env.ci'), []);
    assert.deepEqual(matchKinds('deploy/prepare.sh', `sed -i "s|DATABASE_URL=.*|DATABASE_URL=mysql://app:${weak}@db/app|" .env`), ['url-password@1']);
  });

  it('read Chipper CI\'s pipeline and a .env.tests file as a CI pipeline\'s and a test runner\'s', () => {
    assert.deepEqual(matchKinds('.chipperci.yml', 'script:\n  - sed -i "s@DB_PASSWORD=.*@DB_PASSWORD=secret@g" .env.dusk.ci'), []);
    assert.deepEqual(matchKinds('.env.tests', 'DB_PASSWORD=secret'), []);
    assert.deepEqual(matchKinds('.env', 'DB_PASSWORD=secret'), ['password@1']);
  });

  it('read `net user` with its password on a command line, not in prose about the command nor with a template\'s variable', () => {
    const manifest = ['i18n:', '  Windows account gather:', '    zh: 使用命令 net user 收集 Windows 账号', '    en: Using command net user to gather accounts', '    pt-br: Usar o comando net user para coletar contas'].join('\n');
    assert.deepEqual(matchKinds('automations/gather_accounts/windows/manifest.yml', manifest), []);
    assert.deepEqual(matchKinds('automations/gather_accounts/windows/main.yml', '    - name: Run net user command for each user to get details\n      win_shell: net user {{ item }}'), []);
    assert.deepEqual(matchKinds('setup.cmd', `net user svc_backup ${weak}\ncmd /c "net user svc_backup ${weak}x"\nnet user svc_backup ${weak}y /add /expires:never`), ['command-line-password@1', 'command-line-password@2', 'command-line-password@3']);
  });

  it('read a permission\'s name, a class\'s name with an acronym, a locked account\'s hash and an expression\'s keyword as no values', () => {
    assert.deepEqual(matchKinds('apps/settings/api/settings.py', "PERMS = {\n    'security_password': 'settings.change_security',\n}"), []);
    assert.deepEqual(matchKinds('apps/authentication/signals.py', "    request.session[BACKEND_SESSION_KEY] = 'OIDCAuthCodeBackend'\n    request.session[BACKEND_SESSION_KEY] = 'AuthBackendLDAP'"), []);
    assert.deepEqual(matchKinds('apps/ldap/views.py', "entry = {\n    'userPassword': ['{crypt}x'],\n    'shadowPassword': ['{CRYPT}!'],\n}"), []);
    assert.deepEqual(matchKinds('automations/gather_account/windows_ad/main.yml', '          PasswordLastSet         = if ($user.PasswordLastSet) { $user.PasswordLastSet.ToString("u") } else { $null }'), []);
    // The same keys with values written in are still read.
    assert.deepEqual(matchKinds('apps/settings/api/settings.py', `PERMS = {\n    'security_password': '${weak}',\n}`), ['password@2']);
    assert.deepEqual(matchKinds('apps/ldap/views.py', `entry = {\n    'userPassword': ['${joined('Qx7', 'Lm2p', 'Rt9V', 'wK4')}'],\n}`), ['password@2']);
  });

  it('read a bare camel-case name ending with the credential\'s word as a variable where nothing is deployed, and a page\'s other values as before', () => {
    const page = ['<script>', '  form.append({', "    name: 'new_password',", '    value: encryptedPassword', '  });', '  const cfg = { password: encryptedConfirmPassword };', '</script>'].join('\n');
    assert.deepEqual(matchKinds('apps/users/templates/users/reset_password.html', page), []);
    assert.deepEqual(matchKinds('apps/users/templates/users/reset_password.html', `<input type="hidden" name="password" value="${weak}">`), ['password@1']);
    // A page quoting configuration keeps its bare values (a scanner's report, a tutorial); deployed configuration keeps such a name as a weak value.
    assert.deepEqual(matchKinds('guide/reports/scan-output.html', `<span>Found: ' db_password: ${weak}' contains a secret</span>`), ['password@1']);
    assert.deepEqual(matchKinds('.env', 'ADMIN_PASSWORD=shopPassword'), ['password@1']);
    assert.deepEqual(matchKinds('deploy/release.sh', 'export ADMIN_PASSWORD=shopPassword'), ['password@1']);
  });
});
