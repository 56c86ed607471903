import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import schema from '../../../schemas/handover.schema.json';
import type { Translate } from '../i18n/translator';
import type { HandoverDiagnostic } from './model';
import { locate, pairOf, type PositionMapper } from './yamlPositions';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // Compiled once and on first use: activation does not pay for it.
  compiled ??= new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
  return compiled;
}

/** The JSON Schema that HANDOVER.yaml follows (also contributed to Red Hat's YAML extension). */
export const handoverSchema = schema;

function pathOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function display(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(value) ?? String(value);
}

function typeName(expected: unknown): string {
  return Array.isArray(expected) ? expected.join(' | ') : String(expected);
}

/**
 * Validates plain data against the JSON Schema and places each violation on the YAML node it concerns:
 * the key of an unknown or offending field, the mapping that lacks a required key.
 */
export function validateAgainstSchema(
  value: unknown,
  document: Document,
  positions: PositionMapper,
  t: Translate,
): HandoverDiagnostic[] {
  const validate = validator();
  if (validate(value)) return [];
  const diagnostics: HandoverDiagnostic[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // A failed oneOf also reports each branch's own failure; the oneOf message says it all.
    if (error.schemaPath.includes('/oneOf/')) continue;
    const diagnostic = toDiagnostic(error, value, document, positions, t);
    const key = `${diagnostic.range.start.line}:${diagnostic.range.start.col}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function toDiagnostic(
  error: ErrorObject,
  root: unknown,
  document: Document,
  positions: PositionMapper,
  t: Translate,
): HandoverDiagnostic {
  const path = pathOf(error.instancePath);
  const target = locate(document, path);
  const params = error.params as Record<string, unknown>;
  const valueAt = path.reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[step], root);
  const at = (node = target.node) => positions.nodeRange(node);
  // The key of the field names it best ("title:"), the value where the value is wrong.
  const keyRange = () => (target.pair ? positions.nodeRange(target.pair.key as never) : at());
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const pair = pairOf(target.node, name);
      return {
        severity: 'warning',
        code: 'schema.unknownKey',
        message: t('schema.unknownKey', { key: name }),
        range: pair ? positions.nodeRange(pair.key as never) : at(),
      };
    }
    case 'required':
      return {
        severity: 'error',
        code: 'schema.required',
        message: t('schema.required', { key: String(params.missingProperty) }),
        range: path.length === 0 ? positions.range(0, 0) : keyRange(),
      };
    case 'type':
      return { severity: 'error', code: 'schema.type', message: t('schema.type', { expected: typeName(params.type) }), range: at() };
    case 'enum':
      return {
        severity: 'error',
        code: 'schema.enum',
        message: t('schema.enum', { values: (params.allowedValues as unknown[]).map(display).join(', ') }),
        range: at(),
      };
    case 'const':
      return { severity: 'error', code: 'schema.const', message: t('schema.const', { value: display(params.allowedValue) }), range: at() };
    case 'pattern': {
      const kind = error.schemaPath.includes('definitions/id')
        ? 'schema.pattern.id'
        : error.schemaPath.includes('definitions/date')
          ? 'schema.pattern.date'
          : String(params.pattern).includes('@')
            ? 'schema.pattern.email'
            : 'schema.pattern';
      return { severity: 'error', code: kind, message: t(kind, { value: display(valueAt) }), range: at() };
    }
    case 'minLength':
      return { severity: 'error', code: 'schema.minLength', message: t('schema.minLength'), range: target.pair ? at() : keyRange() };
    case 'minItems':
      return { severity: 'error', code: 'schema.minItems', message: t('schema.minItems', { limit: Number(params.limit) }), range: keyRange() };
    case 'not':
      return { severity: 'error', code: 'schema.documentBoth', message: t('schema.documentBoth'), range: at() };
    case 'dependencies': {
      // The only dependency in the schema: a reviewed entry's `outcome` needs a `branch`.
      const pair = pairOf(target.node, String(params.property));
      return {
        severity: 'error',
        code: 'schema.outcomeNeedsBranch',
        message: t('schema.outcomeNeedsBranch'),
        range: pair ? positions.nodeRange(pair.key as never) : at(),
      };
    }
    case 'oneOf':
      return { severity: 'error', code: 'schema.reviewedTarget', message: t('schema.reviewedTarget'), range: at() };
    default:
      return { severity: 'error', code: 'schema.other', message: t('schema.other', { detail: error.message ?? error.keyword }), range: at() };
  }
}
