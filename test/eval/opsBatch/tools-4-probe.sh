# A probe beside the fourth batch (tools-4.sh holds 60 files, the batches' limit): 26 more files of tools no batch
# holds (Elasticsearch, Promtail, a Chef data bag, Drone, the JFrog CLI, Mercurial, Podman's auth.json, Buildkite,
# Netdata, Wazuh, Superset, Knot DNS, Galera, Icecast, AWX's CLI, GRUB, ddclient, nullmailer, pg_service.conf, and the
# command lines of fly, helm, gpg, zip/7z, pvesm, k3s and an Azure Pipelines agent), each holding $1 where the
# credential goes. Run as the batches are: test/eval/opsBatch/run.sh tools-4-probe.sh VALUE
# $1 = value; writes files into cwd
V="$1"
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
mkdir -p elasticsearch/config promtail chef/data_bags/mysql drone .jfrog .config/containers buildkite netdata var/ossec/etc scripts etc/knot etc/mysql/conf.d icecast etc/grub.d etc/nullmailer superset
printf 'xpack.security.authc.realms:\n  ldap1:\n    type: ldap\n    url: "ldaps://ldap.example.org:636"\n    bind_dn: "cn=es,dc=example,dc=org"\n    bind_password: %s\n' "$V" > elasticsearch/config/elasticsearch.yml
printf 'clients:\n  - url: https://logs.example.org/loki/api/v1/push\n    basic_auth:\n      username: 12345\n      password: %s\n' "$V" > promtail/config.yml
printf '{\n  "id": "root",\n  "password": "%s"\n}\n' "$V" > chef/data_bags/mysql/root.json
printf 'DRONE_GITEA_CLIENT_SECRET=%s\nDRONE_RPC_SECRET=%s\n' "$V" "$V" > drone/server.env
printf '{"servers":[{"url":"https://corp.jfrog.io/","user":"ops","password":"%s","serverId":"corp","isDefault":true}],"version":"6"}\n' "$V" > .jfrog/jfrog-cli.conf.v6
printf '[auth]\nwork.prefix = hg.example.org\nwork.username = ops\nwork.password = %s\n' "$V" > .hgrc
printf '{"auths": {"quay.io": {"auth": "%s"}}}\n' "$(printf 'ops:%s' "$V" | base64 -w0)" > .config/containers/auth.json
printf 'token="%s"\nname="%%hostname-%%spawn"\nbuild-path="/var/lib/buildkite-agent/builds"\n' "$V" > buildkite/buildkite-agent.cfg
printf '[stream]\n    enabled = yes\n    destination = 10.0.0.60:19999\n    api key = %s-%s-4%s-a%s-%s\n' "${H:0:8}" "${H:8:4}" "${H:13:3}" "${H:17:3}" "${H:20:12}" > netdata/stream.conf
printf '%s\n' "$V" > var/ossec/etc/authd.pass
printf 'fly -t ci login -c https://ci.example.org -u admin -p %s\n' "$V" > scripts/fly.sh
printf 'helm repo add corp https://charts.example.org --username ops --password %s\n' "$V" > scripts/helm.sh
printf 'gpg --batch --yes --passphrase %s -d backup.tar.gpg > backup.tar\n' "$V" > scripts/gpg.sh
printf 'zip -r -P %s backup.zip /srv/data\n7z a -p%s backup.7z /srv/data\n' "$V" "$V" > scripts/zip.sh
printf 'pvesm add cifs backup --server 10.0.0.5 --share backup --username ops --password %s\n' "$V" > scripts/pvesm.sh
printf 'SECRET_KEY = "%s"\nSQLALCHEMY_DATABASE_URI = "postgresql://superset:%s@db:5432/superset"\n' "$V" "$V" > superset/superset_config.py
printf 'key:\n  - id: transfer\n    algorithm: hmac-sha256\n    secret: %s\n' "$(printf '%s' "$H" | xxd -r -p | base64 -w0)" > etc/knot/knot.conf
printf '[galera]\nwsrep_on=ON\nwsrep_sst_method=mariabackup\nwsrep_sst_auth=sst:%s\n' "$V" > etc/mysql/conf.d/galera.cnf
printf '<icecast>\n  <authentication>\n    <source-password>%s</source-password>\n    <admin-user>admin</admin-user>\n    <admin-password>%s</admin-password>\n  </authentication>\n</icecast>\n' "$V" "$V" > icecast/icecast.xml
printf '[general]\nhost = https://awx.example.org\nusername = admin\npassword = %s\n' "$V" > .tower_cli.cfg
printf 'set superusers="root"\npassword_pbkdf2 root grub.pbkdf2.sha512.10000.%s.%s\n' "${H^^}" "${H^^}${H^^}" > etc/grub.d/40_custom
printf 'protocol=dyndns2\nuse=web\nserver=members.dyndns.org\nlogin=ops\npassword='"'"'%s'"'"'\nhome.example.org\n' "$V" > etc/ddclient.conf
printf 'smtp.example.org smtp --port=587 --starttls --user=ops@example.org --pass=%s\n' "$V" > etc/nullmailer/remotes
printf '[prod]\nhost=db.example.org\nport=5432\ndbname=app\nuser=app\npassword=%s\n' "$V" > .pg_service.conf
printf 'curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.10:6443 K3S_TOKEN=%s sh -\n' "$V" > scripts/k3s.sh
printf './config.sh --unattended --url https://dev.azure.com/corp --auth pat --token %s --pool ops --agent web1\n' "$V" > scripts/azdo.sh
