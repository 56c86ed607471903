# Probe for the lead's twenty-third-session batch of command lines (cli-args.sh), written and committed before any rule
# was changed: admin command lines in scripts that give a secret as a command's argument in ways the earlier batches do
# not hold — a key path or setting name naming a credential followed by its value (`redis-cli SET …:password`,
# `zkCli.sh create …/password`, `defaults write … apiToken`, `git config … token`, `yarn config set npmAuthToken`,
# `pulumi config set --secret`, `dotnet user-secrets set`), a registry value set from PowerShell (`New-ItemProperty -Name
# DefaultPassword -Value`), PowerShell SecretManagement's `Set-Secret -Name … -Secret`, a here-string fed to a program
# that reads a secret (`kinit <<<`, `docker login --password-stdin <<<`), a hash made inline (`openssl passwd -apr1`,
# `mkpasswd -m sha-512`) and an archive's password (`unzip -P`, `rar a -p`). Three decoys: values from variables, a
# command substitution and a prompt.
# $1 = value; writes files into cwd
V="$1"
mkdir -p scripts windows decoys/scripts
cat > scripts/cache-settings.sh <<Y
#!/bin/sh
redis-cli -h cache.corp.example SET config:smtp:password $V
Y
cat > scripts/zk-seed.sh <<Y
#!/bin/bash
bin/zkCli.sh -server zk1:2181 create /app/db/password $V
Y
cat > scripts/macos-prefs.sh <<Y
#!/bin/bash
defaults write com.corp.uploader apiToken $V
Y
cat > scripts/git-setup.sh <<Y
#!/bin/bash
git config --global github.token $V
Y
cat > scripts/yarn-auth.sh <<Y
#!/bin/bash
yarn config set npmAuthToken $V
Y
cat > scripts/pulumi-init.sh <<Y
#!/bin/bash
pulumi stack select prod
pulumi config set --secret dbPassword $V
Y
cat > scripts/user-secrets.sh <<Y
#!/bin/bash
dotnet user-secrets set "ConnectionStrings:Password" "$V" --project src/Api
Y
cat > windows/kiosk.ps1 <<Y
New-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultPassword -Value '$V' -PropertyType String -Force
Y
cat > windows/vault.ps1 <<Y
Set-Secret -Name SqlAdmin -Secret '$V' -Vault CorpStore
Y
cat > scripts/krb.sh <<Y
#!/bin/bash
kinit svc_etl@CORP.EXAMPLE <<< "$V"
Y
cat > scripts/registry-login.sh <<Y
#!/bin/bash
docker login registry.corp.example -u ci --password-stdin <<< '$V'
Y
cat > scripts/htpasswd-line.sh <<Y
#!/bin/sh
echo "admin:\$(openssl passwd -apr1 $V)" >> /etc/nginx/.htpasswd
Y
cat > scripts/hash-root.sh <<Y
#!/bin/sh
usermod -p "\$(mkpasswd -m sha-512 $V)" root
Y
cat > scripts/restore.sh <<Y
#!/bin/sh
unzip -P $V /backup/db.zip -d /srv/restore
Y
cat > scripts/archive.sh <<Y
#!/bin/sh
rar a -p$V /backup/site.rar /srv/www
Y
cat > decoys/scripts/settings.sh <<'Y'
#!/bin/sh
redis-cli -h cache SET config:smtp:password "$SMTP_PASSWORD"
git config --global github.token "$(cat /run/secrets/gh-token)"
Y
cat > decoys/scripts/login.sh <<'Y'
#!/bin/bash
docker login registry.corp.example -u ci --password-stdin <<< "$REGISTRY_TOKEN"
Y
cat > decoys/scripts/prompt.sh <<'Y'
#!/bin/bash
read -rsp 'Password: ' pw
usermod -p "$(openssl passwd -6 "$pw")" root
Y
