# Probe for the twelfth batch of ops files (tools-13.sh, helper cred-formats-13), written after its rules and before they
# were run on it: the families read there in other files and syntax — a CSR challenge password in another Puppet file,
# Percona DSNs of other tools, GoldenGate's DBLOGIN in a ggsci heredoc and a replicat's parameters, hosted-engine answers,
# Junos secrets of other statements, another SASL password file and client.keys, Kopia, Tarsnap and Varnish files in other
# places, MAAS in a Makefile, LibreNMS' and Observium's community arrays, iwd's 802.1x file and ConnMan's service settings,
# a value: child in a chart and in JSON, keys under other parents (APISIX key-auth, an api_keys list), a Nebula key encoded
# in Helm values, TeamCity parameters, another CURVE secret certificate; four decoys (GoldenGate's encrypted password,
# TeamCity's Kotlin DSL credentialsJSON reference, a MAAS key read from a file, otopi's none:None).
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
mkdir -p modules/puppet_agent/files runbooks scripts ogg/dirprm etc/ovirt-hosted-engine network etc/memcached \
  wazuh/manager/etc kopia etc/tarsnap usr/local/etc/varnish maas observium librenms var/lib/iwd \
  var/lib/connman/wifi_office_managed_psk charts/app .config/concourse apisix/conf services helm/nebula \
  .teamcity/projects/Shop zmq/certs etc/cron.d decoys/ogg/dirprm decoys/.teamcity decoys/maas decoys/etc/ovirt-hosted-engine
cat > modules/puppet_agent/files/csr_attributes.yaml <<Y
---
custom_attributes:
  "1.2.840.113549.1.9.7": $V
extension_requests:
  pp_datacenter: dc1
Y
cat > runbooks/osc.sh <<Y
#!/bin/sh
pt-online-schema-change --alter "ADD COLUMN note TEXT" D=shop,t=orders,h=db2.corp.example,u=osc,p=$V --execute
Y
printf '*/5 * * * * root pt-kill --busy-time 60 --kill h=db3,P=3306,u=killer,p=%s --daemonize\n' "$V" > etc/cron.d/pt-kill
cat > scripts/gg-add-trandata.sh <<Y
#!/bin/sh
cd /u01/ogg
./ggsci <<GGSCI
DBLOGIN USERID c##ggadmin@ORCLCDB, PASSWORD $V
ADD SCHEMATRANDATA shop
GGSCI
Y
cat > ogg/dirprm/rep1.prm <<Y
REPLICAT rep1
ASSUMETARGETDEFS
USERID ggadmin@PDB1, PASSWORD $V
MAP shop.*, TARGET shop.*;
Y
cat > etc/ovirt-hosted-engine/answers.conf <<Y
[environment:default]
OVEHOSTED_CORE/deployProceed=bool:True
OVEHOSTED_ENGINE/adminPassword=str:$V
OVEHOSTED_VM/cloudinitRootPwd=str:$V
OVEHOSTED_NETWORK/fqdn=str:engine.corp.example
Y
cat > network/mx-core1.conf <<Y
protocols {
    bgp {
        group transit {
            authentication-key "\$9\$$(hex junos-bgp | cut -c1-24)"; ## SECRET-DATA
        }
    }
}
security {
    ike {
        policy IKE-POL {
            pre-shared-key ascii-text "\$9\$$(hex junos-ike | cut -c1-24)"; ## SECRET-DATA
        }
    }
}
Y
cat > network/ex-access1.set <<Y
set system login user ops authentication plain-text-password-value "$V"
set system ntp authentication-key 1 type md5 value "$V"
set snmp v3 usm local-engine user mon authentication-sha256 authentication-password "$V"
Y
printf 'web:%s\n' "$V" > etc/memcached/memcached-sasl.pwdb
printf '001 web1 any %s\n003 db1 10.0.2.5 %s\n' "$(hex wazuh-a)" "$(hex wazuh-b)" > wazuh/manager/etc/client.keys
printf '%s' "$V" | base64 -w0 > kopia/repository-b2.config.kopia-password
{ echo '# START OF TARSNAP KEY FILE'; for w in a b c d e f; do hex "tarsnap-$w" | xxd -r -p; done | base64 -w 64
  echo '# END OF TARSNAP KEY FILE'; } > etc/tarsnap/web1.key
printf '%s\n' "$V" > usr/local/etc/varnish/secret
cat > maas/Makefile <<Y
login:
	maas login ops http://maas.corp.example:5240/MAAS/api/2.0/ $(hex maas-c | cut -c1-18):$(hex maas-t | cut -c1-18):$V
Y
printf "<?php\n\$config['snmp']['community'][] = '%s';\n" "$V" > observium/config.php
printf '<?php\n$config["snmp"]["community"] = ["%s", "public2"];\n' "$V" > librenms/config.php
printf '[Security]\nEAP-Method=PEAP\nEAP-Identity=ops@corp.example\nEAP-PEAP-Phase2-Method=MSCHAPV2\nEAP-PEAP-Phase2-Identity=ops\nEAP-PEAP-Phase2-Password=%s\n' "$V" > var/lib/iwd/CorpWifi.8021x
printf '[wifi_office_managed_psk]\nName=Office\nSSID=4f6666696365\nFavorite=true\nAutoConnect=true\nPassphrase=%s\n' "$V" > var/lib/connman/wifi_office_managed_psk/settings
cat > charts/app/values.yaml <<Y
auth:
  rootPassword:
    value: "$V"
  existingSecret: ""
Y
cat > .config/concourse/targets.json <<Y
{
  "ci": {
    "api": "https://ci.corp.example",
    "token": {
      "type": "bearer",
      "value": "$V"
    }
  }
}
Y
cat > apisix/conf/apisix.yaml <<Y
consumers:
  - username: billing
    plugins:
      key-auth:
        key: $V
#END
Y
cat > services/gateway.yaml <<Y
api_keys:
  - name: ci
    key: $V
    scopes: [deploy]
Y
key_pem=$(printf -- '-----BEGIN NEBULA X25519 PRIVATE KEY-----\n%s\n-----END NEBULA X25519 PRIVATE KEY-----\n' "$(hex nebula | xxd -r -p | base64 -w0)" | base64 -w0)
printf 'nebula:\n  lighthouse: false\n  hostKey: %s\n' "$key_pem" > helm/nebula/values.yaml
cat > .teamcity/projects/Shop/project-config.xml <<Y
<?xml version="1.0" encoding="UTF-8"?>
<project uuid="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d">
  <name>Shop</name>
  <parameters>
    <param name="env.SONAR_TOKEN" value="$V" />
  </parameters>
</project>
Y
printf '#   ZeroMQ CURVE **Secret** Certificate\n#   DO NOT PROVIDE THIS FILE TO OTHER USERS nor change its permissions.\n\nmetadata\ncurve\n    public-key = "%s"\n    secret-key = "%s"\n' "$(hex zmq-pub | cut -c1-40)" "$V" > zmq/certs/client.key_secret
# Decoys
printf 'USERID ggadmin, PASSWORD %s, AES256, ENCRYPTKEY DEFAULT\n' "$(hex gg-enc | tr a-f A-F)" > decoys/ogg/dirprm/ext2.prm
cat > decoys/.teamcity/settings.kts <<'Y'
object Deploy : BuildType({
    params {
        password("env.REGISTRY_PASSWORD", "credentialsJSON:2b7e1c4a-93d0-4f6e-8a15-6c3d9e0f7a21", display = ParameterDisplay.HIDDEN)
    }
})
Y
cat > decoys/maas/login.sh <<'Y'
#!/bin/sh
maas login ops http://maas.corp.example:5240/MAAS/api/2.0/ "$(cat /etc/maas/api-key)"
Y
printf '[environment:default]\nOVEHOSTED_ENGINE/adminPassword=none:None\n' > decoys/etc/ovirt-hosted-engine/answers.conf
