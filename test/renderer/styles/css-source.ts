/**
 * Reads the renderer's stylesheets as declarations (property, value, and the
 * at-rules and selectors around them), so the style tests can check what a
 * colour is and where it is chosen without a CSS parser dependency. Enough
 * CSS for our own files: comments, strings, nested at-rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const TOKENS_FILE = 'renderer/styles/tokens.css';

export interface Declaration {
  /** Path from the project root, e.g. renderer/app/app.css. */
  readonly file: string;
  readonly line: number;
  readonly property: string;
  readonly value: string;
  /** The preludes of the blocks it sits in, outermost first: ['@media (forced-colors: active)', '.x']. */
  readonly context: readonly string[];
}

/** Every .css file under renderer/, as paths from the project root. */
export function rendererCssFiles(): string[] {
  const dir = join(ROOT, 'renderer');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => relative(ROOT, join(dir, name)).split('\\').join('/'))
    .sort();
}

export function readSource(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/** Comments become spaces of the same shape, so line numbers stay true. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

export function declarations(file: string, css = readSource(file)): Declaration[] {
  const text = withoutComments(css);
  const found: Declaration[] = [];
  const context: string[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let quote: string | null = null;

  const flush = (end: number): void => {
    const piece = text.slice(start, end);
    const colon = piece.indexOf(':');
    const property = colon < 0 ? '' : piece.slice(0, colon).trim();
    if (colon >= 0 && /^(--[\w-]+|-?[a-z][\w-]*)$/i.test(property)) {
      const leading = piece.slice(0, piece.length - piece.trimStart().length);
      const lineOf = startLine + (leading.match(/\n/g)?.length ?? 0);
      found.push({ file, line: lineOf, property, value: piece.slice(colon + 1).trim(), context: [...context] });
    }
  };

  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (quote !== null) {
      if (ch === quote && text[i - 1] !== '\\') quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '{') {
      context.push(text.slice(start, i).trim().replace(/\s+/g, ' '));
      start = i + 1;
      startLine = line;
    } else if (ch === ';' || ch === '}') {
      flush(i);
      if (ch === '}') context.pop();
      start = i + 1;
      startLine = line;
    }
  }
  return found;
}

/** The custom properties a file defines, whatever block they sit in. */
export function definedProperties(file: string): Set<string> {
  return new Set(
    declarations(file)
      .map((d) => d.property)
      .filter((p) => p.startsWith('--')),
  );
}

/** `var(--name` in a value: the names it reads. */
export function varsUsed(value: string): string[] {
  return [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] as string);
}
