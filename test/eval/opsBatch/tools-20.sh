# The nineteenth batch of ops files (helper cred-formats-20): formats none of the earlier batches or their probes hold (each
# tool, key and file name grepped for in tools-1.sh … tools-20-probe.sh, the rule table and the README first), in three
# families that share a syntax across tools — admin CLIs given a login as `-u USER -p PASSWORD` (or `-P`, `-w`) in scripts
# (mosquitto_pub, rabbitmqadmin, esxcli, twine, nats, mysqladmin's `password` command, kubectl's `--from-literal`, s-nail's
# `smtp-auth-password=`, `aws configure set`, `winrs -p:`, `nmcli … password`), secrets fed to a tool on standard input by
# `echo`/`printf` (`kinit`, `gh auth login --with-token`, `passwd --stdin`, `secret-tool store`, `pass insert`, `vncpasswd
# -f`), and proxy logins (`user:password@host:port` without a scheme in pip's `proxy =`, `/etc/environment`'s `https_proxy`,
# redsocks' `password = "…";`, Gradle's `systemProp.https.proxyPassword`, a JVM's `-Dhttps.proxyPassword=`); each holding $1
# where the credential goes. Three decoys: `mosquitto_pub -p 8883` (a port), `echo "$PASS" | kinit`, a pip proxy without a
# login.
# $1 = value; writes files into cwd
V="$1"
mkdir -p scripts iot mq vmware release nats db k8s mail aws windows wifi krb gh users keyring vnc etc/pip etc/redsocks gradle \
  app decoys/iot decoys/krb decoys/etc/pip
# Admin CLIs given a login in scripts
cat > iot/publish.sh <<Y
#!/bin/sh
mosquitto_pub -h broker.corp.example -p 8883 --cafile ca.crt -u sensor -P $V -t plant/temp -m "\$1"
Y
cat > mq/queues.sh <<Y
#!/bin/bash
rabbitmqadmin -H mq.corp.example -u admin -p $V declare queue name=orders durable=true
Y
cat > vmware/nics.sh <<Y
#!/bin/sh
esxcli -s esxi01.corp.example -u root -p '$V' network ip interface list
Y
cat > release/publish.sh <<Y
#!/bin/bash
set -e
python -m build
twine upload --repository-url https://pypi.corp.example/ -u ci -p $V dist/*
Y
cat > nats/bootstrap.sh <<Y
#!/bin/sh
nats --server nats://nats.corp.example:4222 --user admin --password $V stream add ORDERS --subjects "orders.*"
Y
cat > db/reset-root.sh <<Y
#!/bin/sh
mysqladmin -u root password "$V"
Y
cat > k8s/create-secrets.sh <<Y
#!/bin/bash
kubectl -n shop create secret generic db-credentials --from-literal=username=shop --from-literal=password=$V
Y
cat > mail/notify.sh <<Y
#!/bin/sh
echo "\$1" | s-nail -S mta=smtp://smtp.corp.example:587 -S smtp-use-starttls -S smtp-auth=login -S smtp-auth-user=alerts -S smtp-auth-password=$V -s "alert" ops@corp.example
Y
cat > aws/configure.sh <<Y
#!/bin/sh
aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile deploy
aws configure set aws_secret_access_key $V --profile deploy
Y
cat > windows/remote.cmd <<Y
winrs -r:http://srv01.corp.example:5985 -u:CORP\\admin -p:$V ipconfig /all
Y
cat > wifi/join.sh <<Y
#!/bin/sh
nmcli dev wifi connect CorpWLAN password "$V" ifname wlan0
Y
# Secrets fed on standard input
cat > krb/ticket.sh <<Y
#!/bin/sh
echo '$V' | kinit svc-backup@CORP.EXAMPLE
Y
cat > gh/login.sh <<Y
#!/bin/bash
echo "$V" | gh auth login --hostname github.corp.example --with-token
Y
cat > users/create.sh <<Y
#!/bin/sh
useradd -m deploy
echo "$V" | passwd --stdin deploy
Y
cat > keyring/store.sh <<Y
#!/bin/sh
echo -n "$V" | secret-tool store --label="db password" service corp-db user app
Y
cat > scripts/pass-seed.sh <<Y
#!/bin/sh
printf '%s\n' '$V' | pass insert -e corp/db/app
Y
cat > vnc/setup.sh <<Y
#!/bin/sh
mkdir -p ~/.vnc
echo "$V" | vncpasswd -f > ~/.vnc/passwd
chmod 600 ~/.vnc/passwd
Y
# Proxy logins
cat > etc/pip/pip.conf <<Y
[global]
index-url = https://pypi.corp.example/simple
proxy = builder:$V@proxy.corp.example:3128
Y
cat > etc/environment <<Y
PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
https_proxy=builder:$V@proxy.corp.example:3128
no_proxy=localhost,127.0.0.1,.corp.example
Y
cat > etc/redsocks/redsocks.conf <<Y
base {
	log_info = on;
	daemon = on;
	redirector = iptables;
}
redsocks {
	local_ip = 127.0.0.1;
	local_port = 12345;
	ip = proxy.corp.example;
	port = 1080;
	type = socks5;
	login = "builder";
	password = "$V";
}
Y
cat > gradle/gradle.properties <<Y
org.gradle.jvmargs=-Xmx2g
systemProp.https.proxyHost=proxy.corp.example
systemProp.https.proxyPort=3128
systemProp.https.proxyUser=builder
systemProp.https.proxyPassword=$V
Y
cat > app/start.sh <<Y
#!/bin/sh
exec java -Dhttps.proxyHost=proxy.corp.example -Dhttps.proxyPort=3128 -Dhttps.proxyUser=builder -Dhttps.proxyPassword=$V -jar app.jar
Y
# Decoys
cat > decoys/iot/publish.sh <<'Y'
#!/bin/sh
mosquitto_pub -h broker.corp.example -p 8883 -u sensor -t plant/temp -m "$1"
Y
cat > decoys/krb/ticket.sh <<'Y'
#!/bin/sh
echo "$KRB_PASSWORD" | kinit svc-backup@CORP.EXAMPLE
Y
cat > decoys/etc/pip/pip.conf <<'Y'
[global]
proxy = proxy.corp.example:3128
Y
