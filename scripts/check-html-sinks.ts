// Fails when extension code writes markup or code anywhere but through sanitizeHtml().
//
//   npx tsx scripts/check-html-sinks.ts [dir-or-file ...]     (default: entrypoints components utils)
//
// Page HTML reaches the privileged extension pages as data; the only door from data to markup is sanitizeHtml(). So
// every HTML sink must take the result of a direct sanitizeHtml(...) call, and code sinks (eval, new Function,
// timers with a string) are not allowed at all. Reading .innerHTML/.outerHTML is fine. The check parses each file
// (TypeScript + JSX, with the oxc parser that Vite ships) and walks the syntax tree, so comments and strings that
// merely mention a sink do not count and formatting cannot hide one.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSync } from 'vite';

/** Folders scanned when no argument is given: everything that ships in the extension. */
export const DEFAULT_ROOTS = ['entrypoints', 'components', 'utils'];
/** Source files checked. Declaration files hold no code. */
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs']);
/** The one function whose result may go into an HTML sink. */
const SANITIZER = 'sanitizeHtml';
/** Properties that turn a string into markup when assigned (or passed as a Preact prop: Preact sets DOM properties). */
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
/** Methods whose HTML argument (by index) must come from the sanitizer. */
const HTML_METHODS: ReadonlyMap<string, number> = new Map([
  ['insertAdjacentHTML', 1],
  ['createContextualFragment', 0],
  ['setHTMLUnsafe', 0],
  ['parseHTMLUnsafe', 0],
]);
/** Methods that write markup into a document with no way to sanitize it: never allowed. */
const FORBIDDEN_METHODS = new Set(['write', 'writeln']);
/** Functions that run a string as code. */
const EVAL_NAMES = new Set(['eval', 'Function']);
/** Timers that run a string as code when given one instead of a function. */
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'execScript']);
/** Attribute names that make a string run or load as a document when set with setAttribute. */
const CODE_ATTRIBUTE = /^(?:on|srcdoc$)/i;

export interface Violation {
  file: string;
  line: number;
  column: number;
  message: string;
}

type AstNode = { type: string; start: number; end: number } & Record<string, unknown>;

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Strip the wrappers that do not change a value: parentheses, `as`, `!`, `satisfies`, type assertions. */
function unwrap(node: unknown): unknown {
  let current = node;
  while (
    isNode(current) &&
    ['ParenthesizedExpression', 'TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion'].includes(
      current.type,
    )
  ) {
    current = current.expression;
  }
  return current;
}

/** The name of a non-computed property (obj.name, obj['name'], { name: ... }). */
function propertyName(node: unknown, computed: unknown): string | null {
  if (!isNode(node)) return null;
  if (node.type === 'Identifier' && !computed) return node.name as string;
  if (node.type === 'PrivateIdentifier') return null;
  if ((node.type === 'Literal' || node.type === 'StringLiteral') && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0) {
    const quasi = (node.quasis as AstNode[])[0];
    return ((quasi?.value as { cooked?: string })?.cooked ?? null) as string | null;
  }
  return null;
}

/** Name of the called function: `f(...)` -> f, `a.b.f(...)` -> f. */
function calleeName(callee: unknown): string | null {
  const node = unwrap(callee);
  if (!isNode(node)) return null;
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'MemberExpression') return propertyName(node.property, node.computed);
  return null;
}

/** A direct call of sanitizeHtml(...): the only value an HTML sink may take. */
function isSanitizerCall(value: unknown): boolean {
  const node = unwrap(value);
  if (!isNode(node) || node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  return isNode(callee) && callee.type === 'Identifier' && callee.name === SANITIZER;
}

/** A value that is (or builds) a string of code: literals, templates, concatenations. */
function isStringy(value: unknown): boolean {
  const node = unwrap(value);
  if (!isNode(node)) return false;
  if ((node.type === 'Literal' || node.type === 'StringLiteral') && typeof node.value === 'string') return true;
  if (node.type === 'TemplateLiteral') return true;
  if (node.type === 'BinaryExpression' && node.operator === '+') return isStringy(node.left) || isStringy(node.right);
  return false;
}

/** The `__html` value of a `{ __html: ... }` object, or undefined when the value is not such an object literal. */
function dangerousHtmlValue(value: unknown): unknown {
  const node = unwrap(value);
  if (!isNode(node) || node.type !== 'ObjectExpression') return undefined;
  const props = node.properties as AstNode[];
  if (props.length !== 1) return undefined;
  const [prop] = props;
  if (!prop || prop.type !== 'Property' || propertyName(prop.key, prop.computed) !== '__html') return undefined;
  return prop.value;
}

function lineStarts(code: string): number[] {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** All sink violations in one source text. `file` is only used for reporting and to pick the parser's language. */
export function scanSource(file: string, code: string): Violation[] {
  const starts = lineStarts(code);
  const found: Violation[] = [];
  const report = (node: AstNode, message: string) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= node.start) lo = mid;
      else hi = mid - 1;
    }
    found.push({ file, line: lo + 1, column: node.start - starts[lo]! + 1, message });
  };
  const ext = extname(file);
  const lang = ext === '.tsx' ? 'tsx' : ext === '.jsx' ? 'jsx' : ext === '.ts' || ext === '.mts' || ext === '.cts' ? 'ts' : 'js';
  let program: unknown;
  try {
    const result = parseSync(file, code, { lang, sourceType: 'module' });
    if (result.errors.length > 0) {
      found.push({ file, line: 1, column: 1, message: `cannot parse, so cannot check: ${result.errors[0]?.message ?? 'error'}` });
      return found;
    }
    program = result.program;
  } catch (error) {
    found.push({ file, line: 1, column: 1, message: `cannot parse, so cannot check: ${(error as Error).message}` });
    return found;
  }

  const visit = (node: AstNode) => {
    switch (node.type) {
      case 'AssignmentExpression': {
        const left = unwrap(node.left);
        if (isNode(left) && left.type === 'MemberExpression') {
          const name = propertyName(left.property, left.computed);
          if (name && HTML_PROPERTIES.has(name) && !(node.operator === '=' && isSanitizerCall(node.right))) {
            report(node, `${name} ${node.operator as string} something that is not a direct ${SANITIZER}(...) call`);
          }
          if (left.computed && !name) {
            const key = unwrap(left.property);
            if (isStringy(key)) report(node, 'assignment through a computed string property (could be an HTML sink)');
          }
        }
        break;
      }
      case 'Property': {
        // { innerHTML: x } for Object.assign, h() props or spread props; { dangerouslySetInnerHTML: {...} }
        const name = propertyName(node.key, node.computed);
        if (name && HTML_PROPERTIES.has(name) && !isSanitizerCall(node.value)) {
          report(node, `property ${name} with a value that is not a direct ${SANITIZER}(...) call`);
        }
        if (name === 'dangerouslySetInnerHTML' && !isSanitizerCall(dangerousHtmlValue(node.value))) {
          report(node, `dangerouslySetInnerHTML whose __html is not a direct ${SANITIZER}(...) call`);
        }
        break;
      }
      case 'JSXAttribute': {
        const attrName = node.name;
        const name = isNode(attrName) && attrName.type === 'JSXIdentifier' ? (attrName.name as string) : null;
        const container = node.value;
        const expression = isNode(container) && container.type === 'JSXExpressionContainer' ? container.expression : container;
        if (name === 'dangerouslySetInnerHTML' && !isSanitizerCall(dangerousHtmlValue(expression))) {
          report(node, `dangerouslySetInnerHTML whose __html is not a direct ${SANITIZER}(...) call`);
        }
        if (name && HTML_PROPERTIES.has(name) && !isSanitizerCall(expression)) {
          report(node, `JSX ${name}= (Preact sets it as a DOM property) with a value that is not a direct ${SANITIZER}(...) call`);
        }
        break;
      }
      case 'JSXSpreadAttribute':
        // Spread props are checked where the object is written (Property case above).
        break;
      case 'CallExpression':
      case 'NewExpression': {
        const name = calleeName(node.callee);
        const args = (node.arguments as unknown[]) ?? [];
        const callee = unwrap(node.callee);
        const isMember = isNode(callee) && callee.type === 'MemberExpression';
        if (name && EVAL_NAMES.has(name)) {
          report(node, `${node.type === 'NewExpression' ? 'new ' : ''}${name}(...) runs a string as code`);
        } else if (name && TIMERS.has(name) && args.length > 0 && isStringy(args[0])) {
          report(node, `${name} with a string runs it as code`);
        } else if (name && isMember && FORBIDDEN_METHODS.has(name)) {
          const object = unwrap((callee as AstNode).object);
          const objectName = isNode(object) ? (object.type === 'Identifier' ? (object.name as string) : calleeName(object)) : null;
          if (objectName && /document|doc$/i.test(objectName)) report(node, `${objectName}.${name}(...) writes markup into a document`);
        } else if (name && HTML_METHODS.has(name)) {
          const index = HTML_METHODS.get(name)!;
          if (!isSanitizerCall(args[index])) report(node, `${name}(...) with HTML that is not a direct ${SANITIZER}(...) call`);
        } else if (name === 'setAttribute' || name === 'setAttributeNS') {
          const attr = propertyName(unwrap(args[name === 'setAttribute' ? 0 : 1]), false);
          if (attr && CODE_ATTRIBUTE.test(attr)) report(node, `${name}('${attr}', ...) sets code or a document from a string`);
        }
        break;
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item);
      } else if (isNode(child)) {
        visit(child);
      }
    }
  };
  if (isNode(program)) visit(program);
  return found;
}

function listSources(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (stat.isFile()) return SOURCE_EXTENSIONS.has(extname(path)) && !path.endsWith('.d.ts') ? [path] : [];
  if (!stat.isDirectory()) return [];
  const files: string[] = [];
  for (const entry of readdirSync(path).sort()) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    files.push(...listSources(join(path, entry)));
  }
  return files;
}

/** Check every source file under `paths` (relative to `cwd`). Violations name files relative to `cwd`. */
export function checkHtmlSinks(paths: readonly string[] = DEFAULT_ROOTS, cwd = process.cwd()): { files: number; violations: Violation[] } {
  const files = paths.flatMap((p) => listSources(resolve(cwd, p)));
  const violations = files.flatMap((file) => scanSource(relative(cwd, file) || file, readFileSync(file, 'utf8')));
  return { files: files.length, violations };
}

function main(): void {
  const args = process.argv.slice(2);
  const { files, violations } = checkHtmlSinks(args.length ? args : DEFAULT_ROOTS);
  for (const v of violations) console.error(`${v.file}:${v.line}:${v.column}: ${v.message}`);
  if (violations.length) {
    console.error(`check-html-sinks: ${violations.length} violation(s) in ${files} file(s)`);
    process.exitCode = 1;
  } else {
    console.log(`check-html-sinks: ${files} file(s) checked, no HTML or code sinks outside ${SANITIZER}()`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
