import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Attributes people read or hear. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Letters of any script: text with none ("·", "×", "(", numbers) is layout, not wording. */
const WORDS = /\p{L}/u;

/**
 * Wording written into interface code instead of the message files: JSX text,
 * string literals in JSX children, and visible attributes given as literals.
 */
function hardcodedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1}: ${text.trim()}`);
  };
  const isLiteral = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
    ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n);
  const literalWords = (n: ts.Node) =>
    ts.isTemplateExpression(n)
      ? [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ')
      : (n as ts.StringLiteral).text;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      // {'text'}, {`text ${x}`} and the branches of {cond ? 'a' : 'b'} as children.
      const branches = ts.isConditionalExpression(node.expression)
        ? [node.expression.whenTrue, node.expression.whenFalse]
        : [node.expression];
      for (const b of branches) if (isLiteral(b) && WORDS.test(literalWords(b))) report(b, literalWords(b));
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isJsxExpression(init) ? init.expression : init;
      if (value && isLiteral(value) && WORDS.test(literalWords(value))) report(value, literalWords(value));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const ROOT = join(__dirname, '../..');
/** Everywhere the interface is rendered. */
const UI_DIRS = ['src/ui', 'src/popup', 'src/options', 'src/content', 'src/background'];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

describe('interface wording', () => {
  it('finds wording written into components (the check itself)', () => {
    const sample = `export const A = () => (
      <div aria-label="Close" title={'Sources'}>
        Why this match {n}% {'Show more'} {ok ? 'Copied' : 'Failed'} {\`\${n} mentions\`}
        <span aria-label={t('close')}>× · ({n})</span>
      </div>
    );`;
    expect(hardcodedText('sample.tsx', sample).map((s) => s.split(': ')[1])).toEqual([
      'Close',
      'Sources',
      'Why this match',
      'Show more',
      'Copied',
      'Failed',
      'mentions',
    ]);
  });

  it('has none: every word the interface shows comes from _locales', () => {
    const found = UI_DIRS.flatMap((d) => tsxFiles(join(ROOT, d))).flatMap((f) =>
      hardcodedText(relative(ROOT, f), readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
