# Held-out probe of PRECISION in ordinary code (helper cred-decoys-27), the counterpart of code-probe.sh: written and
# committed before any rule in src/core/detect/credentials/ was read. Every file here is a decoy: ordinary source code and
# configuration, written as projects write them, that holds credential WORDS and no credential. Nothing should be
# reported, so `run.sh decoy-probe.sh VALUE` should print MISS for every file ("missed N of N"); VALUE is not used.
# Classes held: token types and enum names, grant types, password-policy settings, form fields, labels and placeholders,
# i18n catalogs (JSON, YAML, PHP, .properties, Android strings.xml, iOS .strings, gettext), cache, storage and map keys,
# header names, key sizes and algorithms, secrets read from the environment or a secret store, content hashes (npm
# integrity, go.sum, Cargo.lock, Terraform's lock file, flake.lock, SRI, checksums beside `key:`), git SHAs, public keys and
# certificate fingerprints/pins, UUIDs as ids, JWT algorithms, CI `${{ secrets.X }}` references and cache keys, error
# messages, password reset routes, helpers' names, crypto library code, CSP nonces, plist `<key>`, vendored-SDK-like
# signing constants. Random-looking values are digests of fixed labels computed here, so the file has none written out.
# $1 = value (unused); writes files into cwd
hex() { printf '%s' "$1" | sha256sum | cut -c1-"${2:-64}"; }
sha1hex() { printf '%s' "$1" | sha1sum | cut -c1-40; }
b64() { printf '%s' "$1" | openssl dgst -"${2:-sha512}" -binary | base64 -w0; }
uuid() { local h; h=$(hex "$1" 32); echo "${h:0:8}-${h:8:4}-4${h:13:3}-a${h:17:3}-${h:20:12}"; }
colons() { hex "$1" | tr 'a-f' 'A-F' | sed 's/../&:/g; s/:$//'; }
edpub() { { printf '\0\0\0\x0bssh-ed25519\0\0\0\x20'; printf '%s' "$1" | openssl dgst -sha256 -binary; } | base64 -w0; }
mkdir -p web/src/i18n web/src/components web/src/api web/src/lexer web/src/crypto web/src/lib web/src/config web/public \
  server/app/auth server/app/core server/locale/fr/LC_MESSAGES server/migrations \
  gateway/internal/auth gateway/internal/config gateway/internal/storage gateway/cmd/gateway \
  billing/src/main/java/com/acme/billing/security billing/src/main/resources \
  android/app/src/main/java/com/acme/notes/data android/app/src/main/res/values android/app/src/main/res/xml \
  Acme.Portal/Auth shop/app/models shop/config/initializers shop/config/locales \
  cms/lang/en cms/config cms/app/Http/Controllers/Auth vault-cli/src ios/AcmeNotes/Support ios/AcmeNotes/fr.lproj \
  scripts .github/workflows .circleci infra/modules/db deploy/charts/notes/templates deploy/ansible/roles/base/defaults \
  deploy/nginx native/src editor/lua/acme

cat > web/src/i18n/fr.json <<'Y'
{
  "login": {
    "title": "Connexion",
    "email": "Adresse e-mail",
    "password": "Mot de passe",
    "forgotPassword": "Mot de passe oublié ?",
    "submit": "Se connecter"
  },
  "reset": {
    "newPassword": "Nouveau mot de passe",
    "confirmPassword": "Confirmer le mot de passe",
    "tokenExpired": "Ce lien de réinitialisation a expiré.",
    "passwordTooShort": "Le mot de passe doit contenir au moins {{min}} caractères."
  },
  "apiKeys": {
    "title": "Clés d'API",
    "secret": "Secret",
    "createKey": "Créer une clé",
    "revokeToken": "Révoquer le jeton"
  }
}
Y
cat > web/src/components/LoginForm.tsx <<'Y'
import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../api/client';

const FIELDS = [
  { key: 'email', type: 'email', autoComplete: 'username' },
  { key: 'password', type: 'password', autoComplete: 'current-password' },
];

export function LoginForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({ email: '', password: '' });
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await login(values.email, values.password);
          onDone();
        } catch {
          setError(t('login.invalidPassword'));
        }
      }}
    >
      {FIELDS.map((field) => (
        <label key={field.key} htmlFor={`login-${field.key}`}>
          {t(`login.${field.key}`)}
          <input
            id={`login-${field.key}`}
            name={field.key}
            type={field.key === 'password' && showPassword ? 'text' : field.type}
            autoComplete={field.autoComplete}
            placeholder={field.key === 'password' ? 'Enter your password' : 'you@example.com'}
            value={values[field.key]}
            onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
          />
        </label>
      ))}
      <button type="button" key="toggle-password" onClick={() => setShowPassword(!showPassword)}>
        {showPassword ? 'Hide password' : 'Show password'}
      </button>
      {error && <p role="alert" key="password-error">{error}</p>}
      <a href="/account/password/forgot">{t('login.forgotPassword')}</a>
    </form>
  );
}
Y
cat > web/src/lib/storage.ts <<'Y'
export const TOKEN_STORAGE_KEY = 'acme.auth.accessToken';
export const REFRESH_TOKEN_STORAGE_KEY = 'acme.auth.refreshToken';
export const localStorageKey = 'settings.theme';
const CACHE_KEY_PREFIX = 'v3:query:';

export function saveTokens(accessToken: string, refreshToken: string): void {
  localStorage.setItem(TOKEN_STORAGE_KEY, accessToken);
  localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, refreshToken);
}

export function readToken(): string | null {
  return localStorage.getItem(TOKEN_STORAGE_KEY);
}

export function cacheKey(queryKey: unknown[]): string {
  return CACHE_KEY_PREFIX + JSON.stringify(queryKey);
}

export const storageKeys = {
  secretVisible: 'ui.apiKeys.secretVisible',
  passwordHint: 'ui.login.passwordHintDismissed',
  tokenListSort: 'ui.tokens.sort',
} as const;

export const keyMap = new Map<string, string>([
  ['ctrl+k', 'openCommandPalette'],
  ['ctrl+shift+p', 'togglePasswordVisibility'],
]);
Y
cat > web/src/api/client.ts <<'Y'
import axios from 'axios';
import { readToken, saveTokens, REFRESH_TOKEN_STORAGE_KEY } from '../lib/storage';

export const AUTH_HEADER = 'Authorization';
export const API_KEY_HEADER = 'X-API-Key';
export const CSRF_HEADER = 'X-CSRF-Token';
const TOKEN_ENDPOINT = '/oauth/token';

export const api = axios.create({ baseURL: import.meta.env.VITE_API_URL });

api.interceptors.request.use((config) => {
  const token = readToken();
  if (token) {
    config.headers[AUTH_HEADER] = `Bearer ${token}`;
  }
  return config;
});

export async function login(username: string, password: string) {
  const body = new URLSearchParams({ grant_type: 'password', username, password, client_id: 'web' });
  const { data } = await api.post(TOKEN_ENDPOINT, body);
  saveTokens(data.access_token, data.refresh_token);
  return data;
}

export async function refresh() {
  const refreshToken = localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY) ?? '';
  const { data } = await api.post(TOKEN_ENDPOINT, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    token_type_hint: 'refresh_token',
  });
  saveTokens(data.access_token, data.refresh_token);
}

export const resetPassword = (token: string, password: string) =>
  api.post(`/account/password/reset/${encodeURIComponent(token)}`, { password, password_confirmation: password });
Y
cat > web/src/lexer/tokens.ts <<'Y'
export enum TokenType {
  IDENTIFIER = 'IDENTIFIER',
  KEYWORD = 'KEYWORD',
  STRING = 'STRING',
  NUMBER = 'NUMBER',
  PUNCTUATION = 'PUNCTUATION',
  EOF = 'EOF',
}

export interface Token {
  type: TokenType;
  value: string;
  start: number;
}

export const KEYWORDS = new Set(['let', 'const', 'secret', 'password', 'key', 'token']);

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i;
      while (j < src.length && /\w/.test(src[j])) j++;
      const word = src.slice(i, j);
      tokens.push({ type: KEYWORDS.has(word) ? TokenType.KEYWORD : TokenType.IDENTIFIER, value: word, start: i });
      i = j;
      continue;
    }
    tokens.push({ type: TokenType.PUNCTUATION, value: ch, start: i });
    i++;
  }
  tokens.push({ type: TokenType.EOF, value: '', start: src.length });
  return tokens;
}

const token = { type: TokenType.STRING, value: '"', start: 0 };
export const isSecretKeyword = (t: Token) => t.type === TokenType.KEYWORD && t.value === 'secret';
export default token;
Y
cat > web/src/crypto/vault.ts <<'Y'
const enc = new TextEncoder();
export const PBKDF2_ITERATIONS = 310000;
export const KEY_LENGTH_BITS = 256;

export async function deriveKey(password: string, salt: Uint8Array): Promise<CryptoKey> {
  const keyMaterial = await crypto.subtle.importKey('raw', enc.encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' },
    keyMaterial,
    { name: 'AES-GCM', length: KEY_LENGTH_BITS },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptSecret(key: CryptoKey, secret: string) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(secret));
  return { iv, data };
}

export const newSalt = () => crypto.getRandomValues(new Uint8Array(16));
Y
cat > web/src/routes.tsx <<'Y'
import { createBrowserRouter } from 'react-router-dom';
import { LoginForm } from './components/LoginForm';
import { ResetPassword, ForgotPassword, ApiTokens } from './pages';

export const RESET_PASSWORD_PATH = '/account/password/reset/:token';
export const FORGOT_PASSWORD_PATH = '/account/password/forgot';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginForm onDone={() => location.assign('/')} /> },
  { path: FORGOT_PASSWORD_PATH, element: <ForgotPassword /> },
  { path: RESET_PASSWORD_PATH, element: <ResetPassword /> },
  { path: '/settings/tokens', element: <ApiTokens />, handle: { crumb: 'Personal access tokens' } },
]);
Y
cat > web/src/components/KeyList.vue <<'Y'
<template>
  <ul class="key-list">
    <li v-for="item in keys" :key="item.id">
      <span class="key-name">{{ item.name }}</span>
      <code>{{ item.prefix }}…</code>
      <button @click="$emit('revoke', item.id)">Revoke key</button>
    </li>
  </ul>
  <input v-model="password" type="password" name="password" placeholder="Confirm with your password" />
</template>

<script setup lang="ts">
import { ref } from 'vue';
defineProps<{ keys: { id: string; name: string; prefix: string }[] }>();
const password = ref('');
</script>
Y
cat > web/package-lock.json <<Y
{
  "name": "acme-web",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "acme-web",
      "version": "2.4.0",
      "dependencies": {
        "axios": "^1.6.2",
        "jwt-decode": "^4.0.0",
        "keytar": "^7.9.0"
      }
    },
    "node_modules/axios": {
      "version": "1.6.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.2.tgz",
      "integrity": "sha512-$(b64 axios-1.6.2)"
    },
    "node_modules/jwt-decode": {
      "version": "4.0.0",
      "resolved": "https://registry.npmjs.org/jwt-decode/-/jwt-decode-4.0.0.tgz",
      "integrity": "sha512-$(b64 jwt-decode-4.0.0)"
    },
    "node_modules/keytar": {
      "version": "7.9.0",
      "resolved": "https://registry.npmjs.org/keytar/-/keytar-7.9.0.tgz",
      "integrity": "sha512-$(b64 keytar-7.9.0)",
      "hasInstallScript": true
    },
    "node_modules/secure-password-utilities": {
      "version": "0.2.1",
      "resolved": "https://registry.npmjs.org/secure-password-utilities/-/secure-password-utilities-0.2.1.tgz",
      "integrity": "sha512-$(b64 secure-password-utilities-0.2.1)"
    }
  }
}
Y
cat > web/public/index.html <<Y
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'nonce-$(b64 csp-nonce-index sha256 | cut -c1-22)'; style-src 'self' 'sha256-$(b64 inline-style sha256)'" />
    <meta name="csrf-token" content="{{ csrf_token }}" />
    <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-$(b64 bootstrap-5.3.2 sha384)" crossorigin="anonymous"></script>
    <title>Acme</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
Y
cat > server/app/core/settings.py <<'Y'
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

SESSION_COOKIE_NAME = "acme_session"
CSRF_HEADER_NAME = "HTTP_X_CSRFTOKEN"
CSRF_COOKIE_NAME = "csrftoken"

SIMPLE_JWT = {
    "ALGORITHM": "RS256",
    "SIGNING_KEY": Path(os.environ.get("JWT_PRIVATE_KEY_FILE", "/run/secrets/jwt.pem")).read_text(),
    "AUTH_HEADER_TYPES": ("Bearer",),
    "TOKEN_TYPE_CLAIM": "token_type",
    "USER_ID_CLAIM": "user_id",
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/1"),
        "KEY_PREFIX": "acme",
    }
}
Y
cat > server/app/auth/forms.py <<'Y'
from django import forms
from django.utils.translation import gettext_lazy as _


class SignupForm(forms.Form):
    error_messages = {
        "password_mismatch": _("The two password fields didn't match."),
        "password_too_common": _("This password is too common."),
    }
    email = forms.EmailField(label=_("Email"))
    password1 = forms.CharField(label=_("Password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label=_("Password confirmation"), strip=False, widget=forms.PasswordInput)

    def clean_password2(self):
        password1 = self.cleaned_data.get("password1")
        password2 = self.cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            raise forms.ValidationError(self.error_messages["password_mismatch"], code="password_mismatch")
        return password2


class ApiKeyForm(forms.Form):
    name = forms.CharField(label=_("Key name"), max_length=64)
    scopes = forms.MultipleChoiceField(choices=[("read", _("Read")), ("write", _("Write"))])
    secret_visible = forms.BooleanField(required=False, label=_("Show secret once"))
Y
cat > server/app/auth/tokens.py <<'Y'
import enum
from datetime import datetime, timedelta, timezone

import jwt
from django.conf import settings

ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30
REFRESH_TOKEN_EXPIRE_DAYS = 14


class TokenType(str, enum.Enum):
    ACCESS = "access"
    REFRESH = "refresh"
    RESET_PASSWORD = "reset_password"
    VERIFY_EMAIL = "verify_email"


class InvalidToken(Exception):
    pass


def create_token(user_id: int, token_type: TokenType = TokenType.ACCESS) -> str:
    now = datetime.now(timezone.utc)
    payload = {"sub": str(user_id), "token_type": token_type.value, "iat": now,
               "exp": now + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)}
    return jwt.encode(payload, settings.SECRET_KEY, algorithm=ALGORITHM)


def decode_token(token: str, expected: TokenType) -> dict:
    if not token:
        raise ValueError("token must not be empty")
    payload = jwt.decode(token, settings.SECRET_KEY, algorithms=[ALGORITHM])
    if payload.get("token_type") != expected.value:
        raise InvalidToken(f"expected a {expected.value} token, got {payload.get('token_type')!r}")
    return payload
Y
cat > server/app/core/crypto.py <<'Y'
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

KEY_SIZE = 2048
PUBLIC_EXPONENT = 65537
SALT_BYTES = 16


def derive_key(password: bytes, salt: bytes, iterations: int = 480_000) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations)
    return kdf.derive(password)


def new_signing_key():
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(os.environ["KEY_PASSPHRASE"].encode()),
    )
    return private_key.public_key(), pem


def fingerprint(public_key) -> str:
    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    digest = hashes.Hash(hashes.SHA256())
    digest.update(der)
    return digest.finalize().hex(":")
Y
cat > server/app/core/cache.py <<'Y'
from django.core.cache import cache

PROFILE_KEY = "user:{user_id}:profile"
SESSION_KEY_TEMPLATE = "session:{token_id}"
RATE_LIMIT_KEY = "ratelimit:password-reset:{ip}"


def profile_cache_key(user_id: int) -> str:
    return PROFILE_KEY.format(user_id=user_id)


def remember_reset_attempt(ip: str) -> int:
    key = RATE_LIMIT_KEY.format(ip=ip)
    cache.add(key, 0, timeout=3600)
    return cache.incr(key)


def forget_session(token_id: str) -> None:
    cache.delete(SESSION_KEY_TEMPLATE.format(token_id=token_id))


secret_keys_by_region = {"eu": "secrets/eu-west-1/app", "us": "secrets/us-east-1/app"}
Y
cat > server/locale/fr/LC_MESSAGES/django.po <<'Y'
# French translation of the Acme server.
msgid ""
msgstr ""
"Project-Id-Version: acme 2.4\n"
"Language: fr\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: app/auth/forms.py:8
msgid "The two password fields didn't match."
msgstr "Les deux mots de passe ne correspondent pas."

#: app/auth/forms.py:12
msgid "Password"
msgstr "Mot de passe"

#: app/auth/forms.py:13
msgid "Password confirmation"
msgstr "Confirmation du mot de passe"

#: app/auth/forms.py:21
msgid "Key name"
msgstr "Nom de la clé"

#: app/auth/forms.py:23
msgid "Show secret once"
msgstr "Afficher le secret une seule fois"
Y
cat > server/migrations/0007_password_reset_tokens.sql <<'Y'
-- Password reset tokens are stored hashed; the token itself is only ever e-mailed.
CREATE TABLE password_reset_tokens (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash  CHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL
);

ALTER TABLE users ADD COLUMN password_digest VARCHAR(255);
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMPTZ;

CREATE TABLE api_keys (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    key_prefix  VARCHAR(8) NOT NULL,
    secret_hash CHAR(64) NOT NULL,
    name        TEXT NOT NULL
);
CREATE INDEX idx_api_keys_prefix ON api_keys (key_prefix);

INSERT INTO settings (key, value) VALUES
    ('password_min_length', '12'),
    ('password_require_digit', 'true'),
    ('token_ttl_seconds', '3600'),
    ('secret_rotation_days', '90');
Y
cat > gateway/internal/auth/jwt.go <<'Y'
package auth

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	TokenTypeAccess  = "access"
	TokenTypeRefresh = "refresh"
	HeaderAuthorization = "Authorization"
	bearerPrefix        = "Bearer "
	minPasswordLength   = 12
)

var (
	ErrInvalidToken    = errors.New("invalid token")
	ErrExpiredToken    = errors.New("token has expired")
	ErrPasswordTooShort = fmt.Errorf("password must be at least %d characters", minPasswordLength)
)

type Claims struct {
	TokenType string `json:"token_type"`
	jwt.RegisteredClaims
}

var signingMethod = jwt.SigningMethodRS256

func secret() []byte { return []byte(os.Getenv("JWT_SECRET")) }

func Issue(subject, tokenType string, ttl time.Duration) (string, error) {
	claims := Claims{TokenType: tokenType, RegisteredClaims: jwt.RegisteredClaims{
		Subject:   subject,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(secret())
}

func Parse(tokenString string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(tokenString, claims, func(t *jwt.Token) (interface{}, error) { return secret(), nil })
	if err != nil {
		return nil, ErrInvalidToken
	}
	return claims, nil
}
Y
cat > gateway/internal/config/config.go <<'Y'
package config

import (
	"flag"
	"time"
)

type Database struct {
	Host         string `yaml:"host" env:"DB_HOST"`
	User         string `yaml:"user" env:"DB_USER"`
	Password     string `yaml:"password" env:"DB_PASSWORD" json:"-"`
	PasswordFile string `yaml:"password_file" env:"DB_PASSWORD_FILE"`
}

type Auth struct {
	SecretKey      string        `mapstructure:"secret_key" env:"AUTH_SECRET_KEY"`
	TokenTTL       time.Duration `mapstructure:"token_ttl" default:"15m"`
	KeyID          string        `mapstructure:"key_id"`
	PublicKeyPath  string        `mapstructure:"public_key_path" default:"/etc/gateway/jwt.pub"`
	APIKeyHeader   string        `mapstructure:"api_key_header" default:"X-API-Key"`
}

type Config struct {
	Database Database `yaml:"database"`
	Auth     Auth     `yaml:"auth"`
	TokenFile string
}

func (c *Config) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.TokenFile, "token-file", "", "path to the file holding the upstream token")
	fs.StringVar(&c.Auth.KeyID, "key-id", "primary", "id of the signing key to use")
	fs.StringVar(&c.Database.PasswordFile, "db-password-file", "/run/secrets/db_password", "file holding the database password")
}
Y
cat > gateway/internal/storage/s3sign.go <<'Y'
package storage

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

const (
	signingAlgorithm      = "AWS4-HMAC-SHA256"
	scopeTerminator       = "aws4_request"
	headerAuthorization   = "Authorization"
	headerContentSHA256   = "X-Amz-Content-Sha256"
	metadataKeyChecksum   = "x-amz-meta-checksum"
	unsignedPayload       = "UNSIGNED-PAYLOAD"
	emptyStringSHA256     = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)

func hmacSHA256(key []byte, data string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(data))
	return h.Sum(nil)
}

// signingKey derives the SigV4 key from the secret access key, as AWS documents it.
func signingKey(secretAccessKey, date, region, service string) []byte {
	kDate := hmacSHA256([]byte("AWS4"+secretAccessKey), date)
	kRegion := hmacSHA256(kDate, region)
	kService := hmacSHA256(kRegion, service)
	return hmacSHA256(kService, scopeTerminator)
}

func objectKey(bucketPrefix, id string) string {
	return strings.TrimSuffix(bucketPrefix, "/") + "/objects/" + id
}

func checksum(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}
Y
cat > gateway/go.sum <<Y
github.com/golang-jwt/jwt/v5 v5.2.0 h1:$(b64 jwt-v5.2.0 sha256)
github.com/golang-jwt/jwt/v5 v5.2.0/go.mod h1:$(b64 jwt-v5.2.0-mod sha256)
github.com/zalando/go-keyring v0.2.3 h1:$(b64 keyring-v0.2.3 sha256)
github.com/zalando/go-keyring v0.2.3/go.mod h1:$(b64 keyring-v0.2.3-mod sha256)
golang.org/x/crypto v0.17.0 h1:$(b64 crypto-v0.17.0 sha256)
golang.org/x/crypto v0.17.0/go.mod h1:$(b64 crypto-v0.17.0-mod sha256)
Y
cat > gateway/cmd/gateway/main.go <<'Y'
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/zalando/go-keyring"
)

const (
	keyringService = "acme-gateway"
	keyringUser    = "upstream-token"
	requestIDKey   = "request_id"
)

func main() {
	token, err := keyring.Get(keyringService, keyringUser)
	if err != nil {
		log.Fatalf("no upstream token in the keyring: %v", err)
	}
	apiKey := os.Getenv("GATEWAY_API_KEY")
	if apiKey == "" {
		log.Fatal("GATEWAY_API_KEY is not set")
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("ok"))
	})
	log.Printf("starting with token of %d bytes, key id %s", len(token), os.Getenv("KEY_ID"))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
Y
cat > billing/src/main/java/com/acme/billing/security/PasswordPolicy.java <<'Y'
package com.acme.billing.security;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class PasswordPolicy {
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final String PASSWORD_PATTERN = "^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{12,128}$";
    public static final String PASSWORD_PARAM = "password";
    public static final String RESET_TOKEN_PARAM = "token";
    public static final String PASSWORD_RESET_URL = "/account/password/reset?token={token}";

    public record ChangePasswordRequest(
            String currentPassword,
            @Size(min = MIN_PASSWORD_LENGTH, max = MAX_PASSWORD_LENGTH, message = "{user.password.size}")
            @Pattern(regexp = PASSWORD_PATTERN, message = "{user.password.pattern}")
            String newPassword) {
    }

    private PasswordPolicy() {
    }
}
Y
cat > billing/src/main/java/com/acme/billing/security/SecurityConfig.java <<'Y'
package com.acme.billing.security;

import io.jsonwebtoken.SignatureAlgorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
public class SecurityConfig {
    public static final String TOKEN_HEADER = "Authorization";
    public static final String TOKEN_PREFIX = "Bearer ";
    public static final SignatureAlgorithm JWT_ALGORITHM = SignatureAlgorithm.HS512;

    @Value("${jwt.secret}")
    private String jwtSecret;

    @Value("${jwt.token-validity-seconds:3600}")
    private long tokenValiditySeconds;

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login").usernameParameter("email").passwordParameter("password"))
            .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))
            .authorizeHttpRequests(auth -> auth.requestMatchers("/account/password/**").permitAll().anyRequest().authenticated());
        return http.build();
    }
}
Y
cat > billing/src/main/resources/messages.properties <<'Y'
login.email=Email address
login.password=Password
login.forgot=Forgot your password?
user.password.size=Password must be between {min} and {max} characters
user.password.pattern=Password must contain a digit, a lower-case and an upper-case letter
token.expired=Your session token has expired, please sign in again
apikey.secret.shown=Copy the secret now: it will not be shown again
apikey.key.label=Key
Y
cat > billing/src/main/resources/application.yml <<'Y'
spring:
  application:
    name: billing
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/billing
    username: ${DB_USER:billing}
    password: ${DB_PASSWORD}
  security:
    oauth2:
      resourceserver:
        jwt:
          jwk-set-uri: https://auth.acme.example/.well-known/jwks.json
jwt:
  secret: ${JWT_SECRET}
  token-validity-seconds: 3600
  algorithm: HS512
password-policy:
  min-length: 12
  require-digit: true
  history-size: 5
management:
  endpoints:
    web:
      exposure:
        include: health,info
Y
cat > android/app/src/main/java/com/acme/notes/data/SessionStore.kt <<'Y'
package com.acme.notes.data

import android.content.SharedPreferences
import androidx.core.content.edit

class SessionStore(private val prefs: SharedPreferences) {
    companion object {
        const val KEY_AUTH_TOKEN = "auth_token"
        const val KEY_REFRESH_TOKEN = "refresh_token"
        const val PREF_PASSWORD_SAVED = "password_saved"
        const val KEY_ALIAS = "acme_notes_master_key"
        const val KEY_SIZE = 256
        private const val TOKEN_TYPE = "Bearer"
    }

    var authToken: String?
        get() = prefs.getString(KEY_AUTH_TOKEN, null)
        set(value) = prefs.edit { putString(KEY_AUTH_TOKEN, value) }

    fun authorizationHeader(): String? = authToken?.let { "$TOKEN_TYPE $it" }

    fun clear() = prefs.edit {
        remove(KEY_AUTH_TOKEN)
        remove(KEY_REFRESH_TOKEN)
        putBoolean(PREF_PASSWORD_SAVED, false)
    }
}
Y
cat > android/app/src/main/res/values/strings.xml <<'Y'
<resources>
    <string name="app_name">Acme Notes</string>
    <string name="prompt_email">Email</string>
    <string name="prompt_password">Password</string>
    <string name="action_sign_in">Sign in</string>
    <string name="error_invalid_password">Password must be at least 12 characters</string>
    <string name="error_token_expired">Your session has expired. Please sign in again.</string>
    <string name="pref_title_api_key">API key</string>
    <string name="pref_summary_api_key">Used to sync notes with your own server</string>
    <string name="secret_note_hint">Secret notes are encrypted on this device</string>
</resources>
Y
cat > android/app/src/main/res/xml/network_security_config.xml <<Y
<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <domain-config cleartextTrafficPermitted="false">
        <domain includeSubdomains="true">api.acme.example</domain>
        <pin-set expiration="2027-06-01">
            <pin digest="SHA-256">$(b64 acme-leaf-spki sha256)</pin>
            <pin digest="SHA-256">$(b64 acme-backup-spki sha256)</pin>
        </pin-set>
    </domain-config>
</network-security-config>
Y
cat > Acme.Portal/Auth/AuthSetup.cs <<'Y'
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Portal.Auth;

public static class AuthSetup
{
    public const string TokenHeader = "Authorization";
    public const string ApiKeyHeaderName = "X-Api-Key";
    public const int MinPasswordLength = 12;

    public static void AddPortalAuth(this WebApplicationBuilder builder)
    {
        var jwtKey = builder.Configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured");
        builder.Services.Configure<IdentityOptions>(options =>
        {
            options.Password.RequiredLength = MinPasswordLength;
            options.Password.RequireNonAlphanumeric = true;
            options.Password.RequireDigit = true;
            options.Tokens.PasswordResetTokenProvider = TokenOptions.DefaultEmailProvider;
        });
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = builder.Configuration["Jwt:Issuer"],
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey)),
                ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            };
        });
    }
}
Y
cat > Acme.Portal/appsettings.json <<Y
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Jwt": {
    "Issuer": "https://auth.acme.example",
    "Audience": "acme-portal",
    "KeyVaultSecretName": "portal-jwt-signing-key"
  },
  "Identity": {
    "Password": { "RequiredLength": 12, "RequireDigit": true }
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "$(uuid tenant)",
    "ClientId": "$(uuid portal-client)",
    "CallbackPath": "/signin-oidc"
  },
  "KeyVault": { "Uri": "https://acme-portal.vault.azure.net/" },
  "ConnectionStrings": { "Portal": "" }
}
Y
cat > Acme.Portal/Acme.Portal.sln <<Y
Microsoft Visual Studio Solution File, Format Version 12.00
# Visual Studio Version 17
Project("{$(uuid csproj-type | tr a-f A-F)}") = "Acme.Portal", "Acme.Portal.csproj", "{$(uuid portal-project | tr a-f A-F)}"
EndProject
Global
	GlobalSection(ProjectConfigurationPlatforms) = postSolution
		{$(uuid portal-project | tr a-f A-F)}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
		{$(uuid portal-project | tr a-f A-F)}.Release|Any CPU.Build.0 = Release|Any CPU
	EndGlobalSection
	GlobalSection(ExtensibilityGlobals) = postSolution
		SolutionGuid = {$(uuid portal-solution | tr a-f A-F)}
	EndGlobalSection
EndGlobal
Y
cat > shop/app/models/user.rb <<'Y'
class User < ApplicationRecord
  PASSWORD_MIN_LENGTH = 12
  RESET_TOKEN_TTL = 2.hours

  has_secure_password
  has_secure_token :auth_token
  has_secure_token :password_reset_token, length: 36

  validates :password, length: { minimum: PASSWORD_MIN_LENGTH }, if: :password_required?
  validates :email, presence: true, uniqueness: { case_sensitive: false }

  def generate_password_reset_token!
    regenerate_password_reset_token
    update!(password_reset_sent_at: Time.current)
  end

  def password_reset_expired?
    password_reset_sent_at < RESET_TOKEN_TTL.ago
  end

  private

  def password_required?
    password_digest.nil? || password.present?
  end
end
Y
cat > shop/config/initializers/devise.rb <<'Y'
Devise.setup do |config|
  config.mailer_sender = 'no-reply@shop.example'
  config.secret_key = ENV['DEVISE_SECRET_KEY']
  config.pepper = Rails.application.credentials.dig(:devise, :pepper)
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 12..128
  config.reset_password_within = 6.hours
  config.reset_password_keys = [:email]
  config.authentication_keys = [:email]
  config.sign_in_after_reset_password = true
  config.token_authentication_key = :auth_token
end
Y
cat > shop/config/locales/de.yml <<'Y'
de:
  activerecord:
    attributes:
      user:
        password: Passwort
        password_confirmation: Passwort bestätigen
        reset_password_token: Link zum Zurücksetzen
  devise:
    passwords:
      send_instructions: "Sie erhalten in wenigen Minuten eine E-Mail mit einem Link zum Zurücksetzen Ihres Passworts."
      updated: "Ihr Passwort wurde geändert."
    failure:
      invalid_token: "Ungültiges Authentifizierungs-Token."
  api_keys:
    secret: Geheimnis
    key: Schlüssel
    token: Token
Y
cat > cms/lang/en/passwords.php <<'Y'
<?php

return [
    'reset' => 'Your password has been reset.',
    'sent' => 'We have emailed your password reset link.',
    'throttled' => 'Please wait before retrying.',
    'token' => 'This password reset token is invalid.',
    'user' => "We can't find a user with that email address.",
];
Y
cat > cms/config/auth.php <<'Y'
<?php

return [
    'defaults' => [
        'guard' => 'web',
        'passwords' => 'users',
    ],
    'guards' => [
        'web' => ['driver' => 'session', 'provider' => 'users'],
        'api' => ['driver' => 'token', 'provider' => 'users', 'hash' => true, 'input_key' => 'api_token', 'storage_key' => 'api_token'],
    ],
    'passwords' => [
        'users' => [
            'provider' => 'users',
            'table' => 'password_reset_tokens',
            'expire' => 60,
            'throttle' => 60,
        ],
    ],
    'password_timeout' => 10800,
];
Y
cat > cms/config/app.php <<'Y'
<?php

return [
    'name' => env('APP_NAME', 'Acme CMS'),
    'env' => env('APP_ENV', 'production'),
    'key' => env('APP_KEY'),
    'previous_keys' => array_filter(explode(',', env('APP_PREVIOUS_KEYS', ''))),
    'cipher' => 'AES-256-CBC',
    'maintenance' => ['driver' => 'file', 'store' => 'redis'],
];
Y
cat > cms/app/Http/Controllers/Auth/NewPasswordController.php <<'Y'
<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use Illuminate\Auth\Events\PasswordReset;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Password;
use Illuminate\Support\Str;
use Illuminate\Validation\Rules;

class NewPasswordController extends Controller
{
    public function store(Request $request)
    {
        $request->validate([
            'token' => ['required'],
            'email' => ['required', 'email'],
            'password' => ['required', 'confirmed', Rules\Password::min(12)->mixedCase()->numbers()],
        ]);

        $status = Password::reset(
            $request->only('email', 'password', 'password_confirmation', 'token'),
            function ($user) use ($request) {
                $user->forceFill([
                    'password' => Hash::make($request->password),
                    'remember_token' => Str::random(60),
                ])->save();
                event(new PasswordReset($user));
            }
        );

        return $status == Password::PASSWORD_RESET
            ? redirect()->route('login')->with('status', __($status))
            : back()->withInput($request->only('email'))->withErrors(['email' => __($status)]);
    }
}
Y
cat > vault-cli/src/auth.rs <<'Y'
use argon2::{password_hash::{rand_core::OsRng, PasswordHasher, SaltString}, Argon2};
use serde::{Deserialize, Serialize};

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 12;
pub const TOKEN_HEADER: &str = "Authorization";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Bearer,
    Basic,
    ApiKey,
}

#[derive(Debug, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    pub token_type: TokenKind,
    pub expires_in: u64,
    #[serde(default)]
    pub refresh_token: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("password must not be empty")]
    EmptyPassword,
    #[error("token expired at {0}")]
    Expired(u64),
}

pub fn hash_password(password: &str) -> Result<String, AuthError> {
    if password.is_empty() {
        return Err(AuthError::EmptyPassword);
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2");
    Ok(hash.to_string())
}

pub fn derive_key(password: &[u8], salt: &[u8]) -> [u8; KEY_LEN] {
    let mut key = [0u8; KEY_LEN];
    Argon2::default().hash_password_into(password, salt, &mut key).expect("kdf");
    key
}
Y
cat > vault-cli/Cargo.lock <<Y
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "argon2"
version = "0.5.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "$(hex argon2-0.5.2)"
dependencies = [
 "base64ct",
 "blake2",
 "password-hash",
]

[[package]]
name = "password-hash"
version = "0.5.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "$(hex password-hash-0.5.0)"

[[package]]
name = "secrecy"
version = "0.8.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "$(hex secrecy-0.8.0)"

[[package]]
name = "keyring"
version = "2.3.1"
source = "git+https://github.com/hwchen/keyring-rs?rev=$(sha1hex keyring-rev)#$(sha1hex keyring-rev)"
Y
cat > ios/AcmeNotes/Support/KeychainHelper.swift <<'Y'
import Foundation
import Security

enum KeychainKey: String {
    case accessToken = "com.acme.notes.accessToken"
    case refreshToken = "com.acme.notes.refreshToken"
    case passwordHint = "com.acme.notes.passwordHint"
}

struct KeychainHelper {
    static let service = "com.acme.notes"
    static let tokenKey = KeychainKey.accessToken.rawValue
    static let passwordLabel = NSLocalizedString("login.password", comment: "Password field label")

    static func save(_ data: Data, for key: KeychainKey) -> OSStatus {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: key.rawValue,
            kSecValueData as String: data,
        ]
        SecItemDelete(query as CFDictionary)
        return SecItemAdd(query as CFDictionary, nil)
    }

    static func read(_ key: KeychainKey) -> Data? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: key.rawValue,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess else { return nil }
        return item as? Data
    }
}
Y
cat > ios/AcmeNotes/Info.plist <<'Y'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>NSFaceIDUsageDescription</key>
	<string>Unlock your secret notes with Face ID.</string>
	<key>API_BASE_URL</key>
	<string>$(API_BASE_URL)</string>
	<key>SentryDSNKey</key>
	<string>SENTRY_DSN</string>
	<key>UIApplicationSceneManifest</key>
	<dict>
		<key>UIApplicationSupportsMultipleScenes</key>
		<false/>
	</dict>
</dict>
</plist>
Y
cat > ios/AcmeNotes/fr.lproj/Localizable.strings <<'Y'
/* Login screen */
"login.email" = "Adresse e-mail";
"login.password" = "Mot de passe";
"login.password.placeholder" = "Saisissez votre mot de passe";
"login.token.expired" = "Votre session a expiré.";
"settings.apiKey" = "Clé d'API";
"notes.secret" = "Note secrète";
Y
cat > scripts/rotate-signing-key.sh <<'Y'
#!/usr/bin/env bash
# Rotates the JWT signing key pair and records the public key's fingerprint.
set -euo pipefail

KEY_DIR=${KEY_DIR:-/etc/acme/keys}
KEY_SIZE=4096
KEY_FILE="$KEY_DIR/jwt-$(date +%Y%m%d).pem"

read -rsp "Passphrase for the new key: " KEY_PASSPHRASE
echo
openssl genrsa -aes256 -passout env:KEY_PASSPHRASE -out "$KEY_FILE" "$KEY_SIZE"
openssl rsa -in "$KEY_FILE" -passin env:KEY_PASSPHRASE -pubout -out "${KEY_FILE%.pem}.pub"
sha256sum "${KEY_FILE%.pem}.pub" > "${KEY_FILE%.pem}.pub.sha256"
fingerprint=$(openssl rsa -in "$KEY_FILE" -passin env:KEY_PASSPHRASE -pubout -outform DER | openssl dgst -sha256 | cut -d' ' -f2)
echo "new key: $KEY_FILE (sha256 $fingerprint)"
ln -sf "$KEY_FILE" "$KEY_DIR/current.pem"
unset KEY_PASSPHRASE
Y
cat > scripts/install-cli.sh <<Y
#!/bin/sh
# Downloads the release and checks it against the published checksum and signing key.
set -eu
VERSION="2.4.0"
SHA256="$(hex acme-cli-2.4.0-linux-amd64)"
SIGNING_KEY_FINGERPRINT="$(sha1hex acme-release-signing-key | tr a-f A-F)"
URL="https://github.com/acme/cli/releases/download/v\${VERSION}/acme-linux-amd64.tar.gz"

curl -fsSLo /tmp/acme.tar.gz "\$URL"
curl -fsSLo /tmp/acme.tar.gz.asc "\$URL.asc"
gpg --keyserver hkps://keys.openpgp.org --recv-keys "\$SIGNING_KEY_FINGERPRINT"
gpg --verify /tmp/acme.tar.gz.asc /tmp/acme.tar.gz
echo "\$SHA256  /tmp/acme.tar.gz" | sha256sum -c -
tar -xzf /tmp/acme.tar.gz -C /usr/local/bin acme
Y
cat > .github/workflows/release.yml <<Y
name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: write
  id-token: write
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@$(sha1hex checkout-v4.1.1) # v4.1.1
      - uses: actions/cache@$(sha1hex cache-v3.3.2) # v3.3.2
        with:
          path: ~/.npm
          key: \${{ runner.os }}-npm-\${{ hashFiles('**/package-lock.json') }}
          restore-keys: |
            \${{ runner.os }}-npm-
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/login-action@v3
        with:
          username: \${{ vars.DOCKERHUB_USERNAME }}
          password: \${{ secrets.DOCKERHUB_TOKEN }}
      - name: Publish to npm
        run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - uses: softprops/action-gh-release@v1
        with:
          token: \${{ secrets.RELEASE_TOKEN }}
          files: dist/*
Y
cat > .gitlab-ci.yml <<'Y'
stages: [test, build]

variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: $CI_TEST_DB_PASSWORD
  DOCKER_AUTH_CONFIG: $DOCKER_AUTH_CONFIG

test:
  stage: test
  image: python:3.12
  cache:
    key: "$CI_COMMIT_REF_SLUG"
    paths: [.cache/pip]
  script:
    - pip install -r requirements.txt
    - pytest

build:
  stage: build
  image: docker:24
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"
Y
cat > .circleci/config.yml <<Y
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.10
        auth:
          username: \$DOCKERHUB_USER
          password: \$DOCKERHUB_PASSWORD
    steps:
      - checkout
      - restore_cache:
          keys:
            - v1-deps-{{ checksum "package-lock.json" }}
            - v1-deps-
      - run: npm ci
      - save_cache:
          key: v1-deps-{{ checksum "package-lock.json" }}
          paths: [node_modules]
      - add_ssh_keys:
          fingerprints:
            - "SHA256:$(b64 circleci-deploy-key sha256 | tr -d =)"
Y
cat > infra/modules/db/main.tf <<'Y'
resource "aws_kms_key" "db" {
  description              = "Encrypts the orders database and its secrets"
  key_usage                = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  deletion_window_in_days  = 30
  enable_key_rotation      = true
}

resource "tls_private_key" "bastion" {
  algorithm = "RSA"
  rsa_bits  = 4096
}

resource "aws_key_pair" "bastion" {
  key_name   = "orders-bastion"
  public_key = tls_private_key.bastion.public_key_openssh
}

resource "aws_secretsmanager_secret" "db_password" {
  name       = "orders/prod/db-password"
  kms_key_id = aws_kms_key.db.arn
}

resource "aws_db_instance" "orders" {
  identifier                    = "orders-prod"
  engine                        = "postgres"
  username                      = "orders_admin"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.db.key_id
  iam_database_authentication_enabled = true
  storage_encrypted             = true
  kms_key_id                    = aws_kms_key.db.arn
}

output "bastion_key_name" {
  value = aws_key_pair.bastion.key_name
}

output "db_secret_arn" {
  value     = aws_db_instance.orders.master_user_secret[0].secret_arn
  sensitive = true
}
Y
cat > infra/modules/db/variables.tf <<'Y'
variable "db_password" {
  description = "Master password for the database; leave empty to let RDS manage it"
  type        = string
  default     = null
  sensitive   = true
}

variable "password_min_length" {
  description = "Minimum length of IAM user passwords"
  type        = number
  default     = 14
}

variable "api_key_ttl_days" {
  type    = number
  default = 90
}

variable "token_audience" {
  type    = string
  default = "sts.amazonaws.com"
}
Y
cat > infra/modules/db/.terraform.lock.hcl <<Y
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:$(b64 aws-5.31.0 sha256)",
    "zh:$(hex aws-5.31.0-darwin)",
    "zh:$(hex aws-5.31.0-linux)",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version = "4.0.5"
  hashes = [
    "h1:$(b64 tls-4.0.5 sha256)",
    "zh:$(hex tls-4.0.5-linux)",
  ]
}
Y
cat > deploy/charts/notes/templates/secret.yaml <<'Y'
{{- if not .Values.auth.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "notes.fullname" . }}-auth
  labels:
    {{- include "notes.labels" . | nindent 4 }}
type: Opaque
data:
  password: {{ .Values.auth.password | default (randAlphaNum 24) | b64enc | quote }}
  secret-key: {{ .Values.auth.secretKey | default (randAlphaNum 50) | b64enc | quote }}
{{- end }}
Y
cat > deploy/charts/notes/templates/deployment.yaml <<'Y'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "notes.fullname" . }}
spec:
  template:
    metadata:
      annotations:
        checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}
    spec:
      containers:
        - name: notes
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.auth.existingSecret | default (printf "%s-auth" (include "notes.fullname" .)) }}
                  key: password
            - name: SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "notes.fullname" . }}-auth
                  key: secret-key
            - name: TOKEN_TTL
              value: "3600"
          volumeMounts:
            - name: tls
              mountPath: /etc/tls
      volumes:
        - name: tls
          secret:
            secretName: {{ .Values.tls.secretName }}
            items:
              - key: tls.key
                path: tls.key
Y
cat > deploy/ansible/roles/base/defaults/main.yml <<Y
---
base_users:
  - name: deploy
    shell: /bin/bash
    password: "!"
    password_lock: true
    authorized_keys:
      - "ssh-ed25519 $(edpub deploy-ci) deploy@ci"
base_ssh_host_key_algorithms: [ssh-ed25519, rsa-sha2-512]
base_sshd_password_authentication: "no"
base_pam_password_min_length: 14
base_known_hosts:
  - name: github.com
    key: "github.com ssh-ed25519 $(edpub github-host)"
mysql_root_password: "{{ vault_mysql_root_password }}"
app_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/app:secret_key') }}"
base_admin_password_hash: "{{ vault_admin_password | password_hash('sha512') }}"
Y
cat > deploy/nginx/app.conf <<Y
server {
    listen 443 ssl http2;
    server_name app.acme.example;

    ssl_certificate     /etc/ssl/certs/app.acme.example.crt;
    ssl_certificate_key /etc/ssl/private/app.acme.example.key;
    ssl_session_tickets off;

    add_header Strict-Transport-Security "max-age=63072000" always;
    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'nonce-$(b64 nginx-csp-nonce sha256 | cut -c1-22)' 'sha256-$(b64 analytics-snippet sha256)'" always;

    location /api/ {
        proxy_set_header Authorization \$http_authorization;
        proxy_set_header X-Api-Key \$http_x_api_key;
        proxy_pass http://backend;
    }

    location = /account/password/reset {
        limit_req zone=password_reset burst=5;
        proxy_pass http://backend;
    }
}
Y
cat > deploy/docker-compose.yml <<'Y'
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
  app:
    image: ghcr.io/acme/app:2.4.0
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
      SECRET_KEY_BASE: ${SECRET_KEY_BASE:?set SECRET_KEY_BASE}
      TOKEN_TTL: "3600"
      PASSWORD_MIN_LENGTH: "12"
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
Y
cat > native/src/passwd_prompt.c <<'Y'
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define MAX_PASSWORD_LEN 128
#define KEY_LEN 32

static const char *const key_names[] = {"KEY_ENTER", "KEY_BACKSPACE", "KEY_ESCAPE", "KEY_TAB"};
static const char password_prompt[] = "Password: ";

int read_password(char password[MAX_PASSWORD_LEN])
{
    struct termios old, quiet;
    tcgetattr(STDIN_FILENO, &old);
    quiet = old;
    quiet.c_lflag &= ~ECHO;
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    fputs(password_prompt, stderr);
    if (!fgets(password, MAX_PASSWORD_LEN, stdin)) {
        memset(password, 0, MAX_PASSWORD_LEN);
        return -1;
    }
    password[strcspn(password, "\n")] = '\0';
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    return 0;
}

const char *key_name(int key) { return key_names[key % 4]; }
Y
cat > editor/lua/acme/keymaps.lua <<'Y'
local M = {}

M.keys = {
  { key = "<leader>ff", action = "find_files", desc = "Find files" },
  { key = "<leader>fs", action = "secrets_list", desc = "List secrets in the vault" },
  { key = "<leader>tk", action = "token_refresh", desc = "Refresh the API token" },
}

function M.setup()
  for _, map in ipairs(M.keys) do
    vim.keymap.set("n", map.key, function() require("acme.actions")[map.action]() end, { desc = map.desc })
  end
  vim.g.acme_token_file = vim.fn.expand("~/.config/acme/token")
  vim.g.acme_password_prompt = "Vault password: "
end

return M
Y
cat > flake.lock <<Y
{
  "nodes": {
    "nixpkgs": {
      "locked": {
        "lastModified": 1703013332,
        "narHash": "sha256-$(b64 nixpkgs-narhash sha256)",
        "owner": "NixOS",
        "repo": "nixpkgs",
        "rev": "$(sha1hex nixpkgs-rev)",
        "type": "github"
      },
      "original": { "owner": "NixOS", "ref": "nixos-23.11", "repo": "nixpkgs", "type": "github" }
    },
    "root": { "inputs": { "nixpkgs": "nixpkgs" } }
  },
  "root": "root",
  "version": 7
}
Y
cat > server/openapi.json <<'Y'
{
  "openapi": "3.0.3",
  "info": { "title": "Acme API", "version": "2.4.0" },
  "components": {
    "securitySchemes": {
      "bearerAuth": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" },
      "apiKey": { "type": "apiKey", "in": "header", "name": "X-API-Key" },
      "oauth2": {
        "type": "oauth2",
        "flows": {
          "password": { "tokenUrl": "/oauth/token", "scopes": { "read": "Read access" } },
          "clientCredentials": { "tokenUrl": "/oauth/token", "scopes": {} }
        }
      }
    },
    "schemas": {
      "TokenResponse": {
        "type": "object",
        "required": ["access_token", "token_type"],
        "properties": {
          "access_token": { "type": "string" },
          "token_type": { "type": "string", "enum": ["Bearer"] },
          "expires_in": { "type": "integer", "format": "int32" }
        }
      },
      "PasswordChange": {
        "type": "object",
        "properties": {
          "password": { "type": "string", "format": "password", "minLength": 12 },
          "token": { "type": "string", "description": "The reset token from the e-mail" }
        }
      }
    }
  },
  "security": [{ "bearerAuth": [] }, { "apiKey": [] }]
}
Y
cat > web/src/config/features.json <<Y
{
  "passwordlessLogin": true,
  "passwordStrengthMeter": { "enabled": true, "minScore": 3 },
  "tokenRefreshIntervalSeconds": 300,
  "apiKeys": { "maxPerUser": 10, "secretShownOnce": true },
  "experiments": [
    { "id": "$(uuid exp-onboarding)", "key": "new-onboarding", "rollout": 0.25 },
    { "id": "$(uuid exp-passkeys)", "key": "passkeys", "rollout": 0.05 }
  ],
  "requestIdHeader": "X-Request-Id"
}
Y
