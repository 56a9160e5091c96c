import { describe, expect, it } from 'vitest';
import { readabilityAsModule } from '../../scripts/readability-as-module';

// The build's rewrite of Readability's parser file: its CommonJS tail becomes an ES export and its
// debug logging goes; anything of another shape fails the build rather than being guessed at.
const ID = '/project/node_modules/@mozilla/readability/Readability.js';

function transform(code: string, id = ID): string | null {
  const hook = readabilityAsModule().transform as (code: string, id: string) => { code: string } | null;
  return hook(code, id)?.code ?? null;
}

const PARSER = `function Readability(doc) { this._doc = doc; }
Readability.prototype = {
  parse() { this.log("parsing", this._doc); const keep = this.other("x"); return keep; },
};
if (typeof module === "object") {
  module.exports = Readability;
}`;

describe('Readability as an ES module for the extension', () => {
  it('exports the parser as a module and drops its log statements, keeping every other call', () => {
    const out = transform(PARSER)!;
    expect(out).toContain('export { Readability };');
    expect(out).not.toContain('module.exports');
    expect(out).not.toContain('this.log(');
    expect(out).toContain('this.other("x")');
  });

  it('leaves other modules alone', () => {
    expect(transform(PARSER, '/project/node_modules/other/index.js')).toBeNull();
  });

  it('fails loudly when the CommonJS tail is not where it was', () => {
    expect(() => transform('function Readability() {}\nexport default Readability;')).toThrow(/CommonJS export tail/);
  });
});
