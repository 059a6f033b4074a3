// Bundles the extension and the CLI with esbuild.
// The AI SDKs go into their own files (dist/sdk-*.js) so that activation never loads them:
// the core imports them with a dynamic import() that resolves to those files at run time.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const SDKS = ['openai', 'replicate'];

/** Rewrites `import('openai')` to the separately bundled `./sdk-openai.js`. */
const sdkAsSeparateFile = {
  name: 'sdk-as-separate-file',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${SDKS.join('|')})$`) }, (args) =>
      args.kind === 'dynamic-import' || args.kind === 'require-call' ? { path: `./sdk-${args.path}.js`, external: true } : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'], plugins: [sdkAsSeparateFile] },
  { ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', plugins: [sdkAsSeparateFile], banner: { js: '#!/usr/bin/env node' } },
  ...SDKS.map((sdk) => ({ ...common, minify: true, sourcemap: false, entryPoints: { [`sdk-${sdk}`]: `scripts/sdk-entry/${sdk}.js` }, outdir: 'dist' })),
];

/** The panel's icon font, served from media/ (webviews load no remote resources). */
function copyCodicons() {
  mkdirSync('media/codicons', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `media/codicons/${file}`);
}

copyCodicons();
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[build] watching');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755); // `npx ai-access-doctor` runs the bin file directly
  console.log(`[build] dist/ ready (${production ? 'production' : 'development'})`);
}
