/**
 * The plugin's theme (src/theme/): the classic theme's components it wraps for the early controls,
 * the markup the early controls' inline script relies on, and how Docusaurus resolves a plugin's
 * theme, with canaries for each upstream file.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEME_PATH } from '../src/early-controls';
import { COLOR_MODE_TOGGLE_CLASS, MENU_OPEN_CLASS } from '../src/early-controls/script';
import { docusaurusLib, SRC } from './upstream';

const theme = join(docusaurusLib('theme-classic'), 'theme');
const read = (...parts: string[]) => readFileSync(join(theme, ...parts), 'utf8');
const ours = (...parts: string[]) => readFileSync(join(THEME_PATH, ...parts), 'utf8');

describe('the theme markup the header’s early controls rely on', () => {
  // Why we wrap ColorModeToggle: the inline script finds the toggle by our class and enables it.
  it('the colour-mode toggle is disabled, with a toggleButtonDisabled class, until hydration: the inline script enables it', () => {
    const toggle = read('ColorModeToggle', 'index.js');
    expect(toggle).toMatch(/!isBrowser && styles\.toggleButtonDisabled/);
    expect(toggle).toMatch(/disabled=\{!isBrowser\}/);
    expect(read('ColorModeToggle', 'styles.module.css')).toMatch(/^\.toggleButtonDisabled \{/m);
    // It passes className to its outer element, where our class goes.
    expect(toggle).toMatch(/<div className=\{clsx\(styles\.toggle, className\)\}>/);
  });

  // Why we wrap Navbar/MobileSidebar: stock renders it only in the browser; the menu must open before.
  it('the mobile menu renders nothing until the browser knows the window is narrow: our wrapper renders its layout before', () => {
    const sidebar = read('Navbar', 'MobileSidebar', 'index.js');
    expect(sidebar).toMatch(/if \(!mobileSidebar\.shouldRender\) \{\s*return null;\s*\}/);
    for (const part of ['Layout', 'Header', 'PrimaryMenu', 'SecondaryMenu']) {
      expect(sidebar).toContain(`import NavbarMobileSidebar${part} from '@theme/Navbar/MobileSidebar/${part}';`);
      expect(ours('Navbar', 'MobileSidebar', 'index.tsx')).toContain(
        `import NavbarMobileSidebar${part} from '@theme/Navbar/MobileSidebar/${part}';`,
      );
    }
    // The open state is the navbar's class and the toggle's aria-expanded, as the inline script sets them.
    expect(read('Navbar', 'Layout', 'index.js')).toMatch(new RegExp(`'${MENU_OPEN_CLASS}': mobileSidebar\\.shown`));
    expect(read('Navbar', 'MobileSidebar', 'Toggle', 'index.js')).toMatch(/aria-expanded=\{shown\}/);
  });
});

describe('the plugin’s theme', () => {
  it('holds exactly the two wrappers, each over the classic theme’s own component', () => {
    const files = readdirSync(THEME_PATH, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.[jt]sx?$/.test(file),
    );
    expect(files.sort()).toEqual(['ColorModeToggle/index.tsx', 'Navbar/MobileSidebar/index.tsx']);
    expect(THEME_PATH).toBe(join(SRC, 'theme'));
    expect(ours('ColorModeToggle', 'index.tsx')).toContain(
      "import ColorModeToggle from '@theme-init/ColorModeToggle';",
    );
    expect(ours('ColorModeToggle', 'index.tsx')).toContain(
      'className={clsx(props.className, COLOR_MODE_TOGGLE_CLASS)}',
    );
    expect(ours('Navbar', 'MobileSidebar', 'index.tsx')).toContain(
      "import NavbarMobileSidebar from '@theme-init/Navbar/MobileSidebar';",
    );
    expect(COLOR_MODE_TOGGLE_CLASS).toBe('theme-color-mode-toggle');
  });

  // Why @theme-init and not @theme-original: for a plugin's theme, @theme-original is its own file.
  it('Docusaurus gives a plugin’s theme @theme-original as its own file and @theme-init as the first theme’s', () => {
    const aliases = readFileSync(join(docusaurusLib('core'), 'webpack', 'aliases', 'index.js'), 'utf8');
    expect(aliases).toMatch(
      /const originalAliasName = .*normalizeUrl\)\(\['@theme-original', fileName\]\)[^]*?aliases\[originalAliasName\] = filePath;/,
    );
    expect(aliases).toMatch(
      /const initAlias = `@theme-init\/\$\{componentName\}`;\s*if \(!\(initAlias in aliases\)\) \{\s*aliases\[initAlias\] = aliases\[aliasKey\];/,
    );
    expect(aliases).toMatch(/createThemeAliases\(\[ThemeFallbackDir, \.\.\.pluginThemes\], \[userTheme\]\)/);
    // A preset's themes (the classic theme) come before the site's plugins, so theirs is the first.
    const configs = readFileSync(join(docusaurusLib('core'), 'server', 'plugins', 'configs.js'), 'utf8');
    expect(configs).toMatch(
      /\.\.\.preset\.plugins,\s*\.\.\.preset\.themes,[^]*?\.\.\.standalonePlugins,\s*\.\.\.standaloneThemes,/,
    );
  });
});
