# Probe for the twenty-first batch (helper cred-formats-22), written and committed before any rule was changed: the
# configuration files of web applications and frameworks an ops team deploys, none of which the earlier batches or
# probes hold (each tool, key and file name grepped for in tools-1.sh … tools-21-probe.sh first): PrestaShop's
# `parameters.php`, Laminas' `config/autoload/local.php`, CodeIgniter 4's `app/Config/Database.php`, Sequelize's
# `config/config.json`, Rails' `action_mailer.smtp_settings`, Django's `EMAIL_HOST_PASSWORD`, Vouch Proxy's
# `client_secret`, PeerTube's `secrets: peertube:`, Postal's `rails: secret_key:`, Mautic's `local.php`, Plausible's
# `plausible-conf.env`; each holding $1 where the credential goes. Three decoys: a PHP array's `'password' =>
# env('DB_PASSWORD')`, Rails' `password: ENV['SMTP_PASSWORD']`, Django's `os.environ.get('EMAIL_HOST_PASSWORD', '')`.
# $1 = value; writes files into cwd
V="$1"
mkdir -p prestashop/app/config laminas/config/autoload ci4/app/Config sequelize/config rails/config/environments \
  django/mysite/settings vouch/config peertube/config postal/config mautic/app/config plausible \
  decoys/cake/config decoys/rails/config/environments decoys/django/settings
cat > prestashop/app/config/parameters.php <<Y
<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'presta',
    'database_password' => '$V',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
  ),
);
Y
cat > laminas/config/autoload/local.php <<Y
<?php
return [
    'db' => [
        'driver'   => 'Pdo_Mysql',
        'hostname' => 'db.internal',
        'database' => 'album',
        'username' => 'album',
        'password' => '$V',
    ],
];
Y
cat > ci4/app/Config/Database.php <<Y
<?php

namespace Config;

use CodeIgniter\Database\Config;

class Database extends Config
{
    public string \$defaultGroup = 'default';

    public array \$default = [
        'DSN'      => '',
        'hostname' => 'localhost',
        'username' => 'ci_app',
        'password' => '$V',
        'database' => 'ci_app',
        'DBDriver' => 'MySQLi',
        'DBPrefix' => '',
        'pConnect' => false,
    ];
}
Y
cat > sequelize/config/config.json <<Y
{
  "development": {
    "username": "root",
    "password": null,
    "database": "app_dev",
    "host": "127.0.0.1",
    "dialect": "mysql"
  },
  "production": {
    "username": "app",
    "password": "$V",
    "database": "app_prod",
    "host": "db.internal",
    "dialect": "mysql"
  }
}
Y
cat > rails/config/environments/production.rb <<Y
Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address:              'smtp.sendgrid.net',
    port:                 587,
    user_name:            'apikey',
    password:             '$V',
    authentication:       :plain,
    enable_starttls_auto: true
  }
end
Y
cat > django/mysite/settings/production.py <<Y
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.example.org"]
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_HOST_USER = "postmaster@mg.example.org"
EMAIL_HOST_PASSWORD = "$V"
EMAIL_USE_TLS = True
Y
cat > vouch/config/config.yml <<Y
vouch:
  logLevel: info
  listen: 0.0.0.0
  port: 9090
  domains:
    - example.org
oauth:
  provider: github
  client_id: 0f1e2d3c4b5a69788796
  client_secret: $V
  callback_url: https://vouch.example.org/auth
Y
cat > peertube/config/production.yaml <<Y
listen:
  hostname: '127.0.0.1'
  port: 9000
webserver:
  https: true
  hostname: 'videos.example.org'
  port: 443
secrets:
  peertube: '$V'
database:
  hostname: 'localhost'
  port: 5432
  ssl: false
  suffix: '_prod'
  username: 'peertube'
Y
cat > postal/config/postal.yml <<Y
web:
  host: postal.example.org
  protocol: https
main_db:
  host: 127.0.0.1
  username: postal
  database: postal
rails:
  environment: production
  secret_key: $V
dns:
  mx_records:
    - mx.postal.example.org
Y
cat > mautic/app/config/local.php <<Y
<?php
\$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_host' => 'localhost',
	'db_port' => '3306',
	'db_name' => 'mautic',
	'db_user' => 'mautic',
	'mailer_from_name' => 'Marketing',
	'mailer_transport' => 'smtp',
	'mailer_host' => 'smtp.example.org',
	'mailer_user' => 'marketing@example.org',
	'mailer_password' => '$V',
	'site_url' => 'https://m.example.org',
);
Y
cat > plausible/plausible-conf.env <<Y
BASE_URL=https://stats.example.org
SECRET_KEY_BASE=$V
DISABLE_REGISTRATION=invite_only
Y
cat > decoys/cake/config/app_local.php <<'Y'
<?php
return [
    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => 'cake',
            'password' => env('DB_PASSWORD'),
            'database' => 'cake',
        ],
    ],
];
Y
cat > decoys/rails/config/environments/production.rb <<'Y'
Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address:   ENV.fetch('SMTP_HOST'),
    user_name: ENV['SMTP_USER'],
    password:  ENV['SMTP_PASSWORD'],
  }
end
Y
cat > decoys/django/settings/production.py <<'Y'
import os

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
Y
