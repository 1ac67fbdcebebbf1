/**
 * A small JSON Schema validator, enough for profile.schema.json: type (incl. integer),
 * properties, required, additionalProperties, items, enum, minimum, maximum, pattern,
 * minItems, minLength, maxLength and local `$ref`s (`#/definitions/x`). Pure, no dependencies; every
 * error names the JSON path of the value at fault (`$.parts[3].limit.value`) so that a
 * profile author can find it. Messages are in Chinese: profile authors are the
 * organization department's staff as much as developers.
 */

export interface ProfileError {
  /** JSON path, `$` being the whole profile. */
  path: string;
  message: string;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  [other: string]: unknown;
}

const TYPE_NAMES: Record<string, string> = {
  object: '对象',
  array: '数组',
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true/false）',
  null: 'null',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function matchesType(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  if (t === 'number') return actual === 'number' || actual === 'integer';
  return actual === t;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENT.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let guard = 0; s.$ref && guard < 32; guard++) {
    const m = /^#\/definitions\/(.+)$/.exec(s.$ref);
    const target = m ? root.definitions?.[m[1]] : undefined;
    if (!target) throw new Error(`schema: unresolved $ref ${s.$ref}`);
    s = target;
  }
  return s;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `“${v}”` : JSON.stringify(v);
}

export function validateSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path = '$'): ProfileError[] {
  const errors: ProfileError[] = [];
  walk(value, schema, root, path, errors);
  return errors;
}

function walk(value: unknown, schemaIn: JsonSchema, root: JsonSchema, path: string, errors: ProfileError[]): void {
  const schema = resolve(schemaIn, root);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t))) {
      errors.push({ path, message: `应为${types.map((t) => TYPE_NAMES[t] ?? t).join('或')}，实为${TYPE_NAMES[typeOf(value)] ?? typeOf(value)}` });
      return;
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    errors.push({ path, message: `应为以下之一：${schema.enum.map(show).join('、')}；实为${show(value)}` });
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push({ path, message: `不应小于 ${schema.minimum}，实为 ${value}` });
    if (schema.maximum !== undefined && value > schema.maximum) errors.push({ path, message: `不应大于 ${schema.maximum}，实为 ${value}` });
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) errors.push({ path, message: schema.minLength === 1 ? '不应为空' : `至少应有 ${schema.minLength} 个字符` });
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) errors.push({ path, message: `至多应有 ${schema.maxLength} 个字符，实有 ${[...value].length} 个` });
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) errors.push({ path, message: `格式不符（应匹配 ${schema.pattern}），实为${show(value)}` });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push({ path, message: `至少应有 ${schema.minItems} 项，实有 ${value.length} 项` });
    if (schema.items) value.forEach((item, i) => walk(item, schema.items as JsonSchema, root, childPath(path, i), errors));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(obj, name)) errors.push({ path: childPath(path, name), message: '缺少必填项' });
    }
    const props = schema.properties ?? {};
    for (const [key, v] of Object.entries(obj)) {
      const sub = props[key];
      if (sub) walk(v, sub, root, childPath(path, key), errors);
      else if (schema.additionalProperties === false) errors.push({ path: childPath(path, key), message: '不允许的字段（配置文件不接受未知字段，请检查拼写）' });
      else if (typeof schema.additionalProperties === 'object') walk(v, schema.additionalProperties, root, childPath(path, key), errors);
    }
  }
}
