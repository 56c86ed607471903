# The twenty-first batch (helper cred-formats-22), written and committed after its probe and before any rule was changed:
# configuration files an ops team deploys for tools and frameworks none of the earlier batches or probes hold (each tool,
# key and file name grepped for in tools-1.sh … tools-21-probe.sh first). Framework configurations in their own languages
# (Quarkus' `%prod.` profile properties, CakePHP's `env('X', 'default')`, Yii's `cookieValidationKey`, TYPO3's
# `LocalConfiguration.php`, Frappe's `site_config.json`, a `knexfile.js`, Elixir's `config/prod.secret.exs`, `Rocket.toml`,
# Ktor's HOCON `application.conf`, a Mojolicious `.conf`), identity proxies (Dex's `staticClients` `secret:`, Pomerium's
# `idp_client_secret:`), self-hosted services' settings (BigBlueButton's `securitySalt=`, `mailcow.conf`), database tools
# (MHA's `app1.cnf`, AutoMySQLBackup's `CONFIG_mysql_dump_password=`), a tunnel (frp's `frps.toml` `auth.token`) and an
# API client (`looker.ini`); each holding $1 where the credential goes. Four decoys: Quarkus' `${DB_PASSWORD}`, a knexfile's
# `process.env.DB_PASSWORD`, Elixir's `System.get_env("DB_PASSWORD")`, CakePHP's `env('SECURITY_SALT')` with no default.
# $1 = value; writes files into cwd
V="$1"
mkdir -p frp quarkus/src/main/resources cake/config yii/config typo3/public/typo3conf frappe/sites/erp.example.org knex \
  phoenix/config rocket ktor/src/main/resources mojo dex pomerium bbb/WEB-INF/classes mailcow masterha automysqlbackup \
  looker decoys/quarkus/src/main/resources decoys/knex decoys/phoenix/config decoys/cake/config
cat > frp/frps.toml <<Y
bindPort = 7000
vhostHTTPPort = 8080
auth.method = "token"
auth.token = "$V"
Y
cat > quarkus/src/main/resources/application.properties <<Y
quarkus.http.port=8080
quarkus.datasource.db-kind=postgresql
%dev.quarkus.datasource.username=dev
%prod.quarkus.datasource.username=orders
%prod.quarkus.datasource.password=$V
%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://db.internal:5432/orders
Y
cat > cake/config/app_local.php <<Y
<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '$V'),
    ],
];
Y
cat > yii/config/web.php <<Y
<?php
\$params = require __DIR__ . '/params.php';
\$config = [
    'id' => 'basic',
    'basePath' => dirname(__DIR__),
    'components' => [
        'request' => [
            'cookieValidationKey' => '$V',
        ],
        'cache' => [
            'class' => 'yii\caching\FileCache',
        ],
    ],
    'params' => \$params,
];
return \$config;
Y
cat > typo3/public/typo3conf/LocalConfiguration.php <<Y
<?php
return [
    'BE' => [
        'debug' => false,
        'lockSSL' => true,
    ],
    'SYS' => [
        'encryptionKey' => '$V',
        'sitename' => 'Example',
    ],
];
Y
cat > frappe/sites/erp.example.org/site_config.json <<Y
{
 "db_name": "_1bd3e0294da19198",
 "db_password": "$V",
 "db_type": "mariadb"
}
Y
cat > knex/knexfile.js <<Y
module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: 'db.internal',
      database: 'app',
      user: 'app',
      password: '$V'
    },
    pool: { min: 2, max: 10 }
  }
};
Y
cat > phoenix/config/prod.secret.exs <<Y
import Config

config :shop, Shop.Repo,
  username: "shop",
  password: "$V",
  database: "shop_prod",
  hostname: "db.internal",
  pool_size: 10
Y
cat > rocket/Rocket.toml <<Y
[default]
address = "0.0.0.0"
port = 8000

[release]
secret_key = "$V"
Y
cat > ktor/src/main/resources/application.conf <<Y
ktor {
    deployment {
        port = 8080
    }
}
jwt {
    domain = "https://jwt-provider-domain/"
    audience = "jwt-audience"
    realm = "ktor sample app"
    secret = "$V"
}
Y
cat > mojo/myapp.conf <<Y
{
  secrets => ['$V'],
  hypnotoad => {listen => ['http://*:8080'], workers => 4},
};
Y
cat > dex/config.yaml <<Y
issuer: https://dex.example.org/dex
storage:
  type: sqlite3
  config:
    file: /var/dex/dex.db
staticClients:
- id: grafana
  redirectURIs:
  - 'https://grafana.example.org/login/generic_oauth'
  name: 'Grafana'
  secret: $V
Y
cat > pomerium/config.yaml <<Y
authenticate_service_url: https://authenticate.example.org
idp_provider: google
idp_client_id: 851877082059-bfgkpj09noog7as3gpc3t7r6n9sjbgs6.apps.googleusercontent.com
idp_client_secret: $V
Y
cat > bbb/WEB-INF/classes/bigbluebutton.properties <<Y
bigbluebutton.web.serverURL=https://bbb.example.org
securitySalt=$V
defaultMaxUsers=0
Y
cat > mailcow/mailcow.conf <<Y
MAILCOW_HOSTNAME=mail.example.org
DBNAME=mailcow
DBUSER=mailcow
DBPASS=$V
HTTP_PORT=80
Y
cat > masterha/app1.cnf <<Y
[server default]
manager_workdir=/var/log/masterha/app1
user=mha
password=$V
ssh_user=root
repl_user=repl

[server1]
hostname=db1.internal
Y
cat > automysqlbackup/myserver.conf <<Y
CONFIG_mysql_dump_username='backup'
CONFIG_mysql_dump_password='$V'
CONFIG_mysql_dump_host='localhost'
CONFIG_backup_dir='/var/backup/db'
Y
cat > looker/looker.ini <<Y
[Looker]
base_url=https://example.cloud.looker.com:19999
client_id=yTHxqBnKZ5gB8bk7Gg5y
client_secret=$V
verify_ssl=True
Y
cat > decoys/quarkus/src/main/resources/application.properties <<'Y'
quarkus.datasource.db-kind=postgresql
%prod.quarkus.datasource.username=orders
%prod.quarkus.datasource.password=${DB_PASSWORD}
Y
cat > decoys/knex/knexfile.js <<'Y'
module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: process.env.DB_HOST,
      user: 'app',
      password: process.env.DB_PASSWORD
    }
  }
};
Y
cat > decoys/phoenix/config/prod.secret.exs <<'Y'
import Config

config :shop, Shop.Repo,
  username: "shop",
  password: System.get_env("DB_PASSWORD"),
  database: "shop_prod"
Y
cat > decoys/cake/config/app_local.php <<'Y'
<?php
return [
    'Security' => [
        'salt' => env('SECURITY_SALT'),
    ],
];
Y
