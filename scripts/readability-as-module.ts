// A Vite plugin for every build (wxt.config.ts): Readability without what the extension never uses.
import { parseSync, Visitor, type Plugin } from 'vite';

/** Readability's parser file: the package's index also requires its readerable test, which we never import. */
const READABILITY_PACKAGE = '@mozilla/readability';
const READABILITY_PARSER = '@mozilla/readability/Readability.js';
const READABILITY_MODULE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

type Span = [start: number, end: number, replacement: string];

/**
 * Readability for the extension, as an ES module of the parser alone:
 * - `import { Readability } from '@mozilla/readability'` gets Readability.js, not the CommonJS index, which also
 *   requires `isProbablyReaderable` (a bundler cannot drop half of a CommonJS exports object; detection measures
 *   the same thing in its own pass);
 * - its `module.exports = Readability` tail becomes `export { Readability }`, so no CommonJS wrapper is bundled;
 * - its ~20 `this.log(...)` statements go: they build long messages (and serialize the whole article once per
 *   parse) even with debugging off, which we never turn on.
 * The build fails if the tail is not found (a Readability release changed shape): nothing is guessed.
 */
export function readabilityAsModule(): Plugin {
  return {
    name: 'broadsheet:readability-as-module',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === READABILITY_PACKAGE ? this.resolve(READABILITY_PARSER, importer, { skipSelf: true }) : null;
    },
    transform(code, id) {
      if (!READABILITY_MODULE.test(id)) return null;
      const { program } = parseSync(id, code);
      const spans: Span[] = [];
      for (const statement of program.body) {
        // if (typeof module === "object") { module.exports = Readability; }
        if (statement.type === 'IfStatement' && code.slice(statement.test.start, statement.test.end).replace(/\s+/g, '') === 'typeofmodule==="object"') {
          spans.push([statement.start, statement.end, 'export { Readability };']);
        }
      }
      if (spans.length !== 1) throw new Error(`${id}: expected one CommonJS export tail, found ${spans.length}`);
      new Visitor({
        ExpressionStatement(node) {
          const call = node.expression;
          if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return;
          const { object, property } = call.callee;
          if (object.type === 'ThisExpression' && property.type === 'Identifier' && property.name === 'log') spans.push([node.start, node.end, ';']);
        },
      }).visit(program);
      let out = code;
      for (const [start, end, replacement] of spans.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + replacement + out.slice(end);
      return { code: out, map: null };
    },
  };
}
