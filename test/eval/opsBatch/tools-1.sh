# The first batch of ops files (registry, cloud CLI, JVM and .NET configuration, runbook command lines), each holding $1 where the credential goes.
# $1 = value; writes files into cwd
V="$1"
mkdir -p .cargo .gem .nuget .composer .config/hcloud conf scripts inventory
printf 's.%s\n' "${V}0123" > .vault-token
printf 'credentials "app.terraform.io" {\n  token = "%s"\n}\n' "$V" > .terraformrc
printf '<hibernate-configuration><session-factory>\n<property name="connection.password">%s</property>\n</session-factory></hibernate-configuration>\n' "$V" > hibernate.cfg.xml
printf '<Connector port="8443" keystoreFile="conf/ks.jks" keystorePass="%s" />\n' "$V" > conf/server.xml
printf '{\n  "type": "service_account",\n  "private_key_id": "abc",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC%s\\n-----END PRIVATE KEY-----\\n"\n}\n' "$V$V$V" > service-account.json
printf 'AKIAABCDEFGHIJKLMNOP:%s\n' "$V" > .passwd-s3fs
printf 'username=ops\npassword=%s\n' "$V" > .smbcredentials
printf 'sshpass -p %s ssh root@10.0.0.1\n' "$V" > scripts/a.sh
printf 'wget --user=ops --password=%s https://x.example/f\n' "$V" > scripts/b.sh
printf 'ldapsearch -x -D cn=admin,dc=x -w %s -b dc=x\n' "$V" > scripts/c.sh
printf 'htpasswd -b -c /etc/nginx/.htpasswd admin %s\n' "$V" > scripts/d.sh
printf 'openssl pkcs12 -export -in a.crt -inkey a.key -out a.p12 -passout pass:%s\n' "$V" > scripts/e.sh
printf 'keytool -genkey -alias x -keystore k.jks -storepass %s -keypass %s\n' "$V" "$V" > scripts/f.sh
printf '[web]\nweb1 ansible_host=10.0.0.2 ansible_ssh_pass=%s ansible_become_pass=%s\n' "$V" "$V" > inventory/hosts.ini
printf '%s\n' "$V$V" > encrypted_data_bag_secret
printf 'defaults.url=https://sentry.io/\nauth.token=%s\n' "$V" > sentry.properties
printf '[auth]\ntoken=%s\n' "$V" > .sentryclirc
printf '[registry]\ntoken = "%s"\n' "$V" > .cargo/credentials.toml
printf -- '---\n:rubygems_api_key: %s\n' "$V" > .gem/credentials
printf '<configuration><packageSourceCredentials><corp>\n<add key="Username" value="ops" />\n<add key="ClearTextPassword" value="%s" />\n</corp></packageSourceCredentials></configuration>\n' "$V" > .nuget/NuGet.Config
printf '{"http-basic": {"repo.example.org": {"username": "ops", "password": "%s"}}}\n' "$V" > .composer/auth.json
printf 'active_context = "p"\n[[contexts]]\nname = "p"\ntoken = "%s"\n' "$V$V" > .config/hcloud/cli.toml
printf 'config.ssh.password = "%s"\n' "$V" > Vagrantfile
# client.ovpn holds no secret itself; creds.txt, the file it names, holds the password under a name no rule knows.
printf 'client\nremote vpn.example 1194\nauth-user-pass creds.txt\n' > client.ovpn
printf 'ops\n%s\n' "$V" > creds.txt
printf 'signing.keyId=ABCD1234\nsigning.password=%s\nossrhPassword=%s\n' "$V" "$V" > gradle.properties
printf 'storePassword=%s\nkeyPassword=%s\nkeyAlias=upload\nstoreFile=k.jks\n' "$V" "$V" > keystore.properties
printf '[DEFAULT]\nuser=ocid1.user.oc1..aaa\nfingerprint=aa:bb\nkey_file=~/.oci/k.pem\npass_phrase=%s\n' "$V" > oci-config
printf 'mysql -h db -u root -p%s -e "select 1"\n' "$V" > scripts/g.sh
printf 'docker login -u ops -p %s registry.example.org\n' "$V" > scripts/h.sh
printf 'smbclient //srv/share -U ops%%%s\n' "$V" > scripts/i.sh
printf 'mount -t cifs //srv/s /mnt -o username=ops,password=%s\n' "$V" > scripts/j.sh
printf 'export OS_PASSWORD=%s\n' "$V" > openrc.sh
printf 'redis-cli -a %s ping\n' "$V" > scripts/k.sh
printf 'mongo admin -u root -p %s\n' "$V" > scripts/l.sh
printf 'rabbitmqctl add_user ops %s\n' "$V" > scripts/m.sh
printf 'echo "ops:%s" | chpasswd\n' "$V" > scripts/n.sh
printf 'net user admin %s /add\n' "$V" > scripts/o.bat
