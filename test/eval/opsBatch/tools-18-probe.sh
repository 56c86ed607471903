# Probe for the seventeenth batch (helper cred-formats-18), written before any rule was changed and run once after the first
# round: the same families in other files and syntax — WeeChat's server `password`, irssi's chatnet `sasl_password`,
# Bitlbee's `OperPassword`, a Limnoria NickServ password, a 3proxy users file, dma's `auth.conf` for a second relay, a
# Trojan-Go password array over several lines, a Hysteria client's `auth:`, Clash's own `authentication` list,
# `virt-install --graphics spice,password=` in a Makefile, `debconf-set-selections` in a Dockerfile, Glance's
# `[keystone_authtoken]`, a Kolla `keystone_admin_password` in `/etc/kolla`, a DVC S3 remote's `secret_access_key`, a Jakarta
# `persistence.xml`, an age identity in `SOPS_AGE_KEY=` and an Nginx `htdigest` file; each holding $1 where the credential
# goes (or a value derived from it). Three decoys: certbot's `rfc2136.ini` with an empty secret, a Limnoria password from a
# template variable, a logback SMTP appender reading `${SMTP_PASSWORD}`.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
bech() { hex "$1" | tr 'a-f0-9' 'QPZRY9X8GF2TVDW0' ; }
mkdir -p .weechat .irssi etc/bitlbee limnoria etc/3proxy etc/dma etc/trojan-go .config/hysteria clash lab docker/db \
  etc/glance etc/kolla .dvc src/main/resources/META-INF ci etc/nginx \
  decoys/etc/letsencrypt decoys/limnoria decoys/src/main/resources
cat > .weechat/irc.conf <<Y
[server]
bouncer.addresses = "znc.corp.example/6697"
bouncer.ssl = on
bouncer.password = "alice/corp:$V"
bouncer.autoconnect = on
Y
cat > .irssi/config <<Y
chatnets = {
  libera = {
    type = "IRC";
    sasl_mechanism = "PLAIN";
    sasl_username = "alice";
    sasl_password = "$V";
  };
};
Y
cat > etc/bitlbee/bitlbee.conf <<Y
[settings]
RunMode = ForkDaemon
AuthMode = Registered
OperPassword = $V
Y
cat > limnoria/opsbot.conf <<Y
supybot.nick: opsbot
supybot.plugins.Services: True
supybot.plugins.Services.nicks: opsbot
supybot.plugins.Services.NickServ.password.libera: $V
Y
cat > etc/3proxy/passwd <<Y
alice:CL:$V
bob:CR:\$1\$qwerty12\$$(hex b | cut -c1-22)
Y
cat > etc/dma/auth.conf <<Y
backup@corp.example|mail.corp.example:$V
Y
cat > etc/trojan-go/config.json <<Y
{
  "run_type": "server",
  "local_addr": "0.0.0.0",
  "local_port": 443,
  "remote_addr": "127.0.0.1",
  "remote_port": 80,
  "password": [
    "$V"
  ],
  "ssl": {"cert": "server.crt", "key": "server.key", "sni": "corp.example"}
}
Y
cat > .config/hysteria/client.yaml <<Y
server: hy.corp.example:443
auth: $V
bandwidth:
  up: 20 mbps
  down: 100 mbps
socks5:
  listen: 127.0.0.1:1080
Y
cat > clash/config.yaml <<Y
mixed-port: 7890
allow-lan: true
authentication:
  - "alice:$V"
mode: rule
Y
cat > lab/Makefile <<Y
vm:
	virt-install --name lab1 --memory 2048 --disk size=20 --os-variant ubuntu24.04 \\
	  --location /srv/iso/ubuntu-24.04.iso --graphics spice,listen=0.0.0.0,password=$V
Y
cat > docker/db/Dockerfile <<Y
FROM debian:12
RUN echo "mariadb-server mysql-server/root_password password $V" | debconf-set-selections \\
 && echo "mariadb-server mysql-server/root_password_again password $V" | debconf-set-selections \\
 && apt-get update && apt-get install -y mariadb-server
Y
cat > etc/glance/glance-api.conf <<Y
[keystone_authtoken]
www_authenticate_uri = http://controller:5000
auth_url = http://controller:5000
auth_type = password
project_name = service
username = glance
password = $V
Y
cat > etc/kolla/passwords.yml <<Y
keystone_admin_password: $V
Y
cat > .dvc/config.local <<Y
['remote "s3"']
    url = s3://corp-ml/dvc
    access_key_id = AKIA2Q7XK4LMB8XC3VDN
    secret_access_key = $V
Y
cat > src/main/resources/META-INF/persistence.xml <<Y
<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
  <persistence-unit name="orders">
    <properties>
      <property name="jakarta.persistence.jdbc.url" value="jdbc:mysql://db.corp.example:3306/orders"/>
      <property name="jakarta.persistence.jdbc.user" value="orders"/>
      <property name="jakarta.persistence.jdbc.password" value="$V"/>
    </properties>
  </persistence-unit>
</persistence>
Y
cat > ci/sops.env <<Y
SOPS_AGE_KEY=AGE-SECRET-KEY-1$(bech c | cut -c1-58)
Y
printf 'ops:Ops area:%s\n' "$(printf 'ops:Ops area:%s' "$V" | md5sum | cut -c1-32)" > etc/nginx/htdigest
# Decoys
cat > decoys/etc/letsencrypt/rfc2136.ini <<'Y'
dns_rfc2136_server = 10.0.0.53
dns_rfc2136_name = certbot.
dns_rfc2136_secret =
dns_rfc2136_algorithm = HMAC-SHA512
Y
cat > decoys/limnoria/bot.conf <<'Y'
supybot.networks.libera.password: {{ limnoria_libera_password }}
Y
cat > decoys/src/main/resources/logback.xml <<'Y'
<configuration>
  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <username>alerts@corp.example</username>
    <password>${SMTP_PASSWORD}</password>
  </appender>
</configuration>
Y
