# Probe for the formats batch 11 left (helper cred-formats-12): the families read there, written in other tools' or
# other files' syntax — Envoy DataSources under other credential names and in JSON, SoftEther's other configuration
# files and items, one-line name/value settings of other tools (App Service, ECS, Kubernetes flow YAML, Elastic
# Beanstalk, CloudFormation parameters, an SSM export), Vitess' static auth file; two decoys (an Envoy secret that
# only points at SDS, a settings list whose credential entry is empty).
# $1 = value; writes files into cwd
V="$1"
b64() { printf '%s' "$V" | base64 -w0; }
mkdir -p envoy envoy-redis envoy-json envoy-oauth softether-bridge softether-client appservice ecs k8s beanstalk \
  cloudformation ssm vitess decoys/envoy decoys/settings
cat > envoy-redis/redis-proxy.yaml <<Y
static_resources:
  listeners:
  - name: redis_listener
    filter_chains:
    - filters:
      - name: envoy.filters.network.redis_proxy
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.redis_proxy.v3.RedisProxy
          stat_prefix: egress_redis
          downstream_auth_password:
            inline_string: "$V"
          prefix_routes:
            catch_all_route:
              cluster: redis_cluster
Y
cat > envoy/cluster-auth.yaml <<Y
clusters:
- name: redis_cluster
  typed_extension_protocol_options:
    envoy.filters.network.redis_proxy:
      "@type": type.googleapis.com/envoy.extensions.filters.network.redis_proxy.v3.RedisProtocolOptions
      auth_password:
        inline_string: $V
Y
cat > envoy/sds-secrets.yaml <<Y
resources:
- "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret
  name: client_secret
  generic_secret:
    secret:
      inline_string: "$V"
Y
cat > envoy-oauth/hmac.yaml <<Y
resources:
- "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret
  name: hmac
  generic_secret:
    secret:
      inline_bytes: "$(b64)"
Y
cat > envoy-json/bootstrap.json <<Y
{
  "static_resources": {
    "secrets": [
      {
        "name": "api_token",
        "generic_secret": {
          "secret": {
            "inline_string": "$V"
          }
        }
      }
    ]
  }
}
Y
cat > softether-bridge/vpn_bridge.config <<Y
# Software Configuration File
# ---------------------------
declare root
{
	declare ServerConfiguration
	{
		byte HashedPassword $(printf '%s' "$V" | sha1sum | cut -c1-40 | xxd -r -p | base64 -w0)
	}
}
Y
cat > softether-client/vpn_client.config <<Y
declare root
{
	declare AccountDatabase
	{
		declare Account0
		{
			declare ClientAuth
			{
				uint AuthType 2
				string PlainPassword $V
				string Username ops
			}
		}
	}
	declare IPsec
	{
		string IPsec_Secret $V
	}
}
Y
cat > appservice/appsettings.json <<Y
[
  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false },
  { "name": "DB_PASSWORD", "value": "$V", "slotSetting": false }
]
Y
cat > ecs/task-definition.json <<Y
{
  "family": "web",
  "containerDefinitions": [
    {
      "name": "web",
      "environment": [
        {"name": "PORT", "value": "8080"},
        {"name": "API_TOKEN", "value": "$V"}
      ]
    }
  ]
}
Y
cat > k8s/deployment.yaml <<Y
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      containers:
      - name: worker
        image: registry.corp.example/worker:1.4
        env:
        - {name: QUEUE_HOST, value: queue}
        - {name: QUEUE_PASSWORD, value: "$V"}
Y
cat > beanstalk/options.json <<Y
[
  {"Namespace": "aws:elasticbeanstalk:application:environment", "OptionName": "SMTP_PASSWORD", "Value": "$V"}
]
Y
cat > cloudformation/params-prod.json <<Y
[
  {"ParameterKey": "DBUser", "ParameterValue": "app"},
  {"ParameterKey": "DBPassword", "ParameterValue": "$V"}
]
Y
cat > ssm/export.json <<Y
{"Parameters": [{"Name": "/prod/api/secret-key", "Type": "SecureString", "Value": "$V"}]}
Y
cat > vitess/static_auth.json <<Y
{
  "vt_app": [{"Password": "$V", "UserData": "vt_app"}],
  "vt_dba": [{"MysqlNativePassword": "*$(printf '%s' "$V" | sha1sum | cut -c1-40 | tr a-f A-F)", "UserData": "vt_dba"}]
}
Y
# Decoys: never reported.
cat > decoys/envoy/sds-ref.yaml <<'Y'
secrets:
- name: token
  generic_secret:
    secret:
      filename: /etc/envoy/secrets/token
  sds_config:
    path_config_source:
      path: /etc/envoy/sds.yaml
Y
cat > decoys/settings/backup.json <<'Y'
{"Settings": [
  {"Filter": "", "Name": "encryption-module", "Value": "aes"},
  {"Filter": "", "Name": "passphrase", "Value": ""},
  {"Filter": "", "Name": "dblock-size", "Value": "50mb"}
]}
Y
