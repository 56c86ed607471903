# The second batch (mail and LDAP clients, CSV downloads, secret files of their own, daemons), each holding $1 where the credential goes.
V="$1"
# 40 hex digits derived from the value, for the formats that take hex.
H=$(printf '%s' "$V" | sha1sum | cut -c1-40)
mkdir -p etc ops .kaggle .cloudflared .pulumi .ivy2 ansible
printf 'set smtp_url = "smtps://ops@mail.example"\nset smtp_pass = "%s"\nset imap_pass=%s\n' "$V" "$V" > .muttrc
printf 'User name,Password,Access key ID,Secret access key,Console login link\nops,%s,AKIAQWERTYUIOPASDFGH,%s,https://123.signin.aws.amazon.com/console\n' "$V" "${V}${V}" > credentials.csv
printf 'Access key ID,Secret access key\nAKIAQWERTYUIOPASDFGZ,%s\n' "${V}${V}" > accessKeys.csv
printf 'ops:1001:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:8846F7EAEE8FB117AD06BDD830B7586C:[U          ]:LCT-5F1A2B3C:\n' > etc/smbpasswd
printf '[domain/corp]\nldap_default_bind_dn = cn=sssd,dc=corp\nldap_default_authtok = %s\n' "$V" > etc/sssd.conf
printf 'ops:{PLAIN}%s\n' "$V" > etc/dovecot-users
printf 'client 10.0.0.0/8 {\n  secret = %s\n  shortname = lan\n}\n' "$V" > etc/clients.conf
printf '{"username":"ops","key":"%s"}\n' "${H:0:32}" > .kaggle/kaggle.json
printf '{"AccountTag":"abc","TunnelSecret":"%s","TunnelID":"x"}\n' "${V}${V}=" > .cloudflared/tunnel.json
printf '{"current": "https://api.pulumi.com", "accessTokens": {"https://api.pulumi.com": "pul-%s"}}\n' "$H" > .pulumi/credentials.json
printf 'realm=Sonatype Nexus Repository Manager\nhost=nexus.corp.example\nuser=deploy\npassword=%s\n' "$V" > .ivy2/.credentials
printf '%s\n' "$V" > ansible/.vault_pass
printf '%s\n' "$V" > vault_password.txt
printf 'tacacs-server host 10.0.0.5 key %s\n' "$V" > etc/router.cfg
printf '1 MD5 %s\n' "$V" > etc/ntp.keys
printf '<PublishData><PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI"><Subscription ServiceManagementUrl="https://management.core.windows.net" Id="x" Name="y" ManagementCertificate="%s" /></PublishProfile></PublishData>\n' "$V$V$V$V$V$V" > x.publishsettings
printf '{"mcpServers": {"gh": {"env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "%s"}}}}\n' "$V" > mcp.json
printf '[http]\n  [http.middlewares.auth.basicAuth]\n    users = ["admin:%s"]\n' "$(openssl passwd -apr1 "$V")" > traefik.toml
printf 'output {\n  elasticsearch {\n    user => "elastic"\n    password => "%s"\n  }\n}\n' "$V" > ops/logstash.conf
printf 'global:\n  smtp_auth_password: %s\n' "$V" > ops/alertmanager.yml
# A decoy: an ssh client configuration names a key file, it holds no secret.
printf 'Host *\n  IdentityFile ~/.ssh/id_rsa\n' > ops/ssh_config
