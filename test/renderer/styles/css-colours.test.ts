/**
 * Every colour on screen is chosen in one place, renderer/styles/tokens.css,
 * so the screens look like one app and the high-contrast looks can change
 * them all. Elsewhere a stylesheet names tokens (var(--color-text)), never a
 * colour of its own; a token it names must exist, so no fallback is needed
 * (fallbacks drifted from the tokens they stood for).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declarations, definedProperties, rendererCssFiles, ROOT, TOKENS_FILE, varsUsed, type Declaration } from './css-source';

/** CSS's named colours (CSS Color 4), which are colour literals as much as #hex is. */
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
  burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan
  darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred
  darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink
  deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold
  goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
  lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey
  lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow
  lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
  mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
  navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise
  palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
  saddlebrown salmon seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
  steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen`.split(/\s+/),
);

/** The system's own colours: right only where the system paints the page (forced colours, Windows high contrast). */
const SYSTEM_COLOURS = new Set(
  `accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field fieldtext
  graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext`.split(/\s+/),
);

const COLOUR_FUNCTION = /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;

/** The colours a declaration's value spells out itself, as it reads them. */
function colourLiterals(d: Declaration): string[] {
  // Words inside url(…) and strings are not colours.
  const value = d.value.replace(/url\([^)]*\)/g, '').replace(/(["'])(?:(?!\1).)*\1/g, '');
  const found: string[] = [];
  const hex = value.match(new RegExp(HEX.source, 'gi'));
  if (hex) found.push(...hex);
  const fn = value.match(COLOUR_FUNCTION);
  if (fn) found.push(`${fn[0]}…)`);
  const underForcedColours = d.context.some((c) => /forced-colors\s*:\s*active/.test(c));
  for (const word of value.toLowerCase().match(/(?<![\w-])[a-z]+(?![\w-])/g) ?? []) {
    if (NAMED_COLOURS.has(word)) found.push(word);
    else if (SYSTEM_COLOURS.has(word) && !underForcedColours) found.push(`${word} (a system colour outside forced-colors)`);
  }
  return found;
}

/** Custom properties the components set inline from TypeScript (layout knobs such as --board-zoom). */
function propertiesSetFromScript(): Set<string> {
  const dir = join(ROOT, 'renderer');
  const names = new Set<string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(name)) continue;
    for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/['"`](--[\w-]+)['"`]\s*[:\]),]/g)) names.add(m[1] as string);
  }
  return names;
}

const files = rendererCssFiles();
const tokens = definedProperties(TOKENS_FILE);

describe('colours in the stylesheets', () => {
  it('finds the stylesheets and the tokens', () => {
    expect(files).toContain(TOKENS_FILE);
    expect(files.length).toBeGreaterThan(10);
    expect(tokens.has('--color-text')).toBe(true);
  });

  it('chooses every colour in tokens.css, and nowhere else', () => {
    const strays = files
      .filter((file) => file !== TOKENS_FILE)
      .flatMap((file) => declarations(file))
      .flatMap((d) => colourLiterals(d).map((c) => `${d.file}:${String(d.line)} ${d.property}: ${c}`));
    expect(strays, 'Name a token from renderer/styles/tokens.css instead (add one, named for its role, if none fits)').toEqual([]);
  });

  it('overrides a token only in tokens.css, so each look is defined in one place', () => {
    const overrides = files
      .filter((file) => file !== TOKENS_FILE)
      .flatMap((file) => declarations(file))
      .filter((d) => tokens.has(d.property))
      .map((d) => `${d.file}:${String(d.line)} ${d.property}`);
    expect(overrides).toEqual([]);
  });

  it('names only custom properties that are defined, without a fallback', () => {
    const fromScript = propertiesSetFromScript();
    const problems: string[] = [];
    for (const file of files) {
      // A file's own layout knobs (e.g. --board-col-min) may live beside the rules that read them.
      const own = definedProperties(file);
      for (const d of declarations(file)) {
        for (const name of varsUsed(d.value)) {
          if (!tokens.has(name) && !own.has(name) && !fromScript.has(name)) {
            problems.push(`${d.file}:${String(d.line)} ${name} is defined nowhere`);
          }
          if (tokens.has(name) && new RegExp(`var\\(\\s*${name}\\s*,`).test(d.value)) {
            problems.push(`${d.file}:${String(d.line)} ${name} has a fallback; the token always exists`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches a colour literal, a named colour and a system colour outside forced colours', () => {
    const sample = `
      .a { color: #fff; border: 1px solid rgb(0 0 0 / 0.3); }
      .b { background: white; white-space: nowrap; }
      .c { color: CanvasText; }
      @media (forced-colors: active) { .d { outline-color: Highlight; } }
      #root { color: var(--color-text); background: url("#fff"); }
    `;
    const found = declarations('sample.css', sample).flatMap((d) => colourLiterals(d));
    expect(found).toEqual(['#fff', 'rgb(…)', 'white', 'canvastext (a system colour outside forced-colors)']);
  });
});
