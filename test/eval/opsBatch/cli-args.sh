# The lead's twenty-third-session batch of command lines: secrets given as a command's arguments in scripts, in the
# classes the held-out probe (cli-args-probe.sh, committed first) also draws from with other tools — a key path or
# setting naming a credential followed by its value (`consul kv put`, `etcdctl put`, `npm config set …:_authToken`,
# `rclone config create … secret_access_key`), a name and a value given to two options (`aws ssm put-parameter --name
# … --value`, `az keyvault secret set`, `reg add /v … /d`, `Set-ItemProperty -Name … -Value`), a secret manager's own
# set command (`gh secret set … --body`), a here-string fed to a program that reads a secret (`chpasswd <<<`), a hash
# made inline (`openssl passwd -6`), an archive's password (`zip -P`, `openssl enc -k`); and lines of the same tools
# the earlier batches already read (kept to see them stay found). Three decoys.
# $1 = value; writes files into cwd
V="$1"
mkdir -p scripts windows decoys/scripts
cat > scripts/consul-seed.sh <<Y
#!/bin/bash
consul kv put app/db/password $V
Y
cat > scripts/etcd-seed.sh <<Y
#!/bin/bash
etcdctl --endpoints=https://etcd1:2379 put /config/db/password $V
Y
cat > scripts/npm-auth.sh <<Y
#!/bin/bash
npm config set //npm.corp.example/:_authToken $V
Y
cat > scripts/rclone-s3.sh <<Y
#!/bin/bash
rclone config create s3 s3 provider AWS access_key_id AKIAEXAMPLE secret_access_key $V
Y
cat > scripts/ssm-seed.sh <<Y
#!/bin/bash
aws ssm put-parameter --name /prod/db/password --value $V --type SecureString --overwrite
Y
cat > scripts/keyvault.sh <<Y
#!/bin/bash
az keyvault secret set --vault-name kv-prod --name db-password --value "$V"
Y
cat > windows/autologon.cmd <<Y
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d $V /f
Y
cat > windows/autologon.ps1 <<Y
Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultPassword -Value '$V'
Y
cat > scripts/gh-secrets.sh <<Y
#!/bin/bash
gh secret set DEPLOY_KEY --body "$V" --repo corp/app
Y
cat > scripts/root-pw.sh <<Y
#!/bin/bash
chpasswd <<< "root:$V"
Y
cat > scripts/add-user.sh <<Y
#!/bin/sh
useradd -m -p "\$(openssl passwd -6 $V)" deploy
Y
cat > scripts/backup-zip.sh <<Y
#!/bin/sh
zip -r -P $V /backup/site.zip /srv/www
Y
cat > scripts/encrypt.sh <<Y
#!/bin/sh
openssl enc -aes-256-cbc -salt -k $V -in db.sql -out db.sql.enc
Y
cat > scripts/known.sh <<Y
#!/bin/bash
kubectl create secret generic db --from-literal=password=$V
echo "root:$V" | chpasswd
Y
cat > decoys/scripts/seed.sh <<'Y'
#!/bin/bash
consul kv put app/db/password "$DB_PASSWORD"
aws ssm put-parameter --name /prod/db/password --value "$(cat /run/secrets/db)" --type SecureString
npm config set //npm.corp.example/:_authToken "${NPM_TOKEN}"
Y
cat > decoys/scripts/notes.sh <<'Y'
#!/bin/bash
echo "set password for the new user, then run the seed"
gh secret set DEPLOY_KEY < deploy_key
Y
cat > decoys/scripts/zip.sh <<'Y'
#!/bin/sh
zip -r -P "$ZIP_PASS" /backup/site.zip /srv/www
openssl passwd -6 -stdin < /run/secrets/root
Y
