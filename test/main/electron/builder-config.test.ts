/**
 * The installer settings (electron-builder.yml) are checked against
 * electron-builder's own schema, so a misspelt key fails here rather than
 * on the maintainer's machine that builds the installers; the fuses that
 * lock the packaged app down are all set; every file the settings name is in
 * the repository; the installers are the ones docs/desktop.md promises; the
 * macOS entitlements are only what Electron needs; the Debian package has
 * the homepage and maintainer electron-builder refuses to build it without;
 * and the icon files are what their names claim, read from their own headers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

type Section = Record<string, unknown>;
const section = (name: string): Section => config[name] as Section;

/** The settings whose value is a file or folder in the repository. */
const PATH_KEYS = new Set([
  'buildResources',
  'icon',
  'installerIcon',
  'uninstallerIcon',
  'installerHeaderIcon',
  'installerSidebar',
  'uninstallerSidebar',
  'entitlements',
  'entitlementsInherit',
  'entitlementsLoginHelper',
  'provisioningProfile',
  'background',
  'license',
  'include',
  'script',
]);

/** Every [dotted key, value] among the settings that name a path, at any depth. */
function namedPaths(value: unknown, at = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => namedPaths(item, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] => {
    const where = at === '' ? key : `${at}.${key}`;
    if (PATH_KEYS.has(key) && typeof inner === 'string') return [[where, inner]];
    return namedPaths(inner, where);
  });
}

/** A platform's targets as `name: [archs]`, whichever way the yml spells them. */
function targetsOf(platform: string): Record<string, string[]> {
  const raw = section(platform)['target'];
  const list = Array.isArray(raw) ? raw : [raw];
  return Object.fromEntries(
    list.map((entry: unknown) => {
      if (typeof entry === 'string') return [entry, []];
      const { target, arch } = entry as { target: string; arch?: string | string[] };
      return [target, arch === undefined ? [] : Array.isArray(arch) ? arch : [arch]];
    }),
  );
}

describe('electron-builder.yml', () => {
  it('follows electron-builder’s schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errorsText(ajv.errors), 'schema errors').toBe('No errors');
    expect(valid).toBe(true);
  });

  it('sets every fuse that locks the packaged app down', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config['asar']).toBe(true);
  });

  it('names only files and folders that are in the repository', () => {
    const paths = namedPaths(config);
    // The ones the installers need, so this test cannot pass by naming nothing.
    expect(Object.fromEntries(paths)).toMatchObject({
      'directories.buildResources': 'build',
      'mac.icon': 'build/icon.icns',
      'mac.entitlements': 'build/entitlements.mac.plist',
      'mac.entitlementsInherit': 'build/entitlements.mac.plist',
      'win.icon': 'build/icon.ico',
      'nsis.installerIcon': 'build/icon.ico',
      'nsis.uninstallerIcon': 'build/icon.ico',
      'linux.icon': 'build/icon.png',
    });
    for (const [key, path] of paths) expect(existsSync(path), `${key}: ${path}`).toBe(true);
    expect(statSync(section('directories')['buildResources'] as string).isDirectory()).toBe(true);
  });

  it('builds the installers docs/desktop.md describes', () => {
    expect(targetsOf('win')).toEqual({ nsis: ['x64', 'arm64'] });
    expect(targetsOf('mac')).toEqual({ dmg: ['universal'] });
    expect(targetsOf('linux')).toEqual({ AppImage: ['x64'], deb: ['x64'] });
    expect(config['publish']).toBeNull();
  });

  it('signs for macOS with the hardened runtime and notarises when the credentials are given', () => {
    const mac = section('mac');
    expect(mac['hardenedRuntime']).toBe(true);
    expect(mac['notarize']).toBe(true);
    // No identity in the file: the certificate comes from the environment (CSC_LINK) or the keychain.
    expect(mac['identity']).toBeUndefined();
  });
});

describe('the Debian package’s metadata', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;

  it('has a homepage, which electron-builder writes as Homepage: and without which it refuses to build a .deb', () => {
    const homepage = pkg['homepage'];
    expect(typeof homepage).toBe('string');
    const url = new URL(homepage as string);
    expect(url.protocol).toBe('https:');
  });

  it('has a maintainer as Debian writes one, "Name <email>": linux.maintainer, or else package.json’s author', () => {
    const author = pkg['author'] as { name?: unknown; email?: unknown } | undefined;
    // electron-builder's FpmTarget: linux.maintainer when set, else `${author.name} <${author.email}>`, else it refuses.
    const given = section('linux')['maintainer'];
    const maintainer = typeof given === 'string' ? given : author?.email === undefined ? undefined : `${String(author.name)} <${String(author.email)}>`;
    expect(maintainer).toMatch(/^[^<>@]+ <[^<>@\s]+@[^<>@\s]+\.[a-z]{2,}>$/);
    // The vendor and the Windows company name default to the author too.
    expect(typeof author?.name === 'string' && author.name.trim() !== '').toBe(true);
  });

  it('has the description and synopsis the package lists show', () => {
    expect(typeof pkg['description'] === 'string' && (pkg['description'] as string).length > 20).toBe(true);
    expect(section('linux')['synopsis']).toEqual(expect.any(String));
  });
});

describe('build/entitlements.mac.plist', () => {
  const plist = readFileSync('build/entitlements.mac.plist', 'utf8');

  it('grants only the JIT that Electron’s V8 needs', () => {
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    expect(plist).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/);
    expect(plist).toContain('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"');
  });
});

describe('the icons', () => {
  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  /** Width and height from a PNG's IHDR chunk, or null when it is not a PNG. */
  function pngSize(bytes: Buffer): { width: number; height: number } | null {
    if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }

  it('icon.png is a 1024×1024 PNG', () => {
    expect(pngSize(readFileSync('build/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('icon.icns is an Apple icon family with the sizes macOS asks for, 16 to 1024 px', () => {
    const bytes = readFileSync('build/icon.icns');
    expect(bytes.toString('latin1', 0, 4)).toBe('icns');
    expect(bytes.readUInt32BE(4)).toBe(bytes.length);
    const elements = new Map<string, Buffer>();
    for (let at = 8; at < bytes.length; ) {
      const length = bytes.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      elements.set(bytes.toString('latin1', at, at + 4), bytes.subarray(at + 8, at + length));
      at += length;
    }
    const pngs = { ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 };
    for (const [type, size] of Object.entries(pngs)) {
      const element = elements.get(type);
      expect(element, type).toBeDefined();
      expect(pngSize(element as Buffer), type).toEqual({ width: size, height: size });
    }
    // The classic 16 and 32 px pictures with their masks.
    expect(elements.get('s8mk')?.length).toBe(16 * 16);
    expect(elements.get('l8mk')?.length).toBe(32 * 32);
    expect(elements.has('is32') && elements.has('il32')).toBe(true);
  });

  it('icon.ico is a Windows icon with every size from 16 to 256 px', () => {
    const bytes = readFileSync('build/icon.ico');
    expect(bytes.readUInt16LE(0)).toBe(0);
    expect(bytes.readUInt16LE(2)).toBe(1);
    const count = bytes.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = 6 + 16 * i;
      const width = bytes[at] === 0 ? 256 : (bytes[at] as number);
      const height = bytes[at + 1] === 0 ? 256 : (bytes[at + 1] as number);
      expect(height).toBe(width);
      const length = bytes.readUInt32LE(at + 8);
      const offset = bytes.readUInt32LE(at + 12);
      expect(offset + length).toBeLessThanOrEqual(bytes.length);
      const image = bytes.subarray(offset, offset + length);
      // Each picture is a PNG of its size, or a 32-bit bitmap of its size (its height counts the mask too).
      const png = pngSize(image);
      if (png) expect(png).toEqual({ width, height });
      else expect([image.readUInt32LE(0), image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([40, width, height * 2, 32]);
      sizes.push(width);
    }
    expect(sizes).toContain(256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });
});
