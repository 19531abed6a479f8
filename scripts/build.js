// Builds dist/ from src/index.ts: ncc bundles, then terser drops the code nothing calls.
//
// - ncc resolves `main` by default, which for the AWS SDK is its CommonJS build with every
//   SageMaker operation. Resolving `module` first picks the SDK's ES build (`sideEffects: false`),
//   whose unused exports webpack marks; terser then removes them (1.4 MB less).
// - The output is CommonJS (dist/package.json says so): measured on Node 24 it starts faster than
//   the same bundle as an ES module, and the SDK chunks load only after the
//   inputs are valid (dynamic imports in src/index.ts, src/run/entry.ts and the steps).
// - terser keeps class names, so error names and stack traces stay readable.
// - Each file gets a source map (mappings and names, not the sources' text, to keep dist/ small):
//   src/index.ts turns them on when step debug logging is on.
import ncc from '@vercel/ncc';
import { minify } from 'terser';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist`;

const { code, map, assets } = await ncc(`${root}src/index.ts`, {
  mainFields: ['module', 'main'],
  esm: false,
  license: 'licenses.txt',
  quiet: true,
  sourceMap: true,
  sourceMapRegister: false,
});

const terserOptions = {
  compress: { passes: 2 },
  mangle: { keep_classnames: true },
  keep_classnames: true,
  format: { comments: false },
};

const files = new Map([['index.js', code]]);
const maps = new Map([['index.js', map]]);
for (const [name, asset] of Object.entries(assets)) {
  if (name.endsWith('.js.map')) maps.set(name.slice(0, -'.map'.length), asset.source.toString());
  else files.set(name, asset.source.toString());
}
// The repository is "type": "module"; the bundle is CommonJS.
files.set('package.json', '{ "type": "commonjs" }\n');

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
let codeBytes = 0;
let mapBytes = 0;
for (const [name, source] of files) {
  if (!name.endsWith('.js')) {
    await writeFile(`${outDir}/${name}`, source);
    continue;
  }
  const input = source.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const minified = await minify(
    { [name]: input },
    { ...terserOptions, sourceMap: { content: maps.get(name), url: `${name}.map` } },
  );
  const output = minified.code ?? '';
  const sourceMap = withoutSourcesContent(String(minified.map ?? '{}'));
  await writeFile(`${outDir}/${name}`, output);
  await writeFile(`${outDir}/${name}.map`, sourceMap);
  codeBytes += Buffer.byteLength(output);
  mapBytes += Buffer.byteLength(sourceMap);
}
// The other entry points' scripts (each action.yml names one): a line that loads the bundle, which
// picks the entry point from the script's path (src/common/entry-points.ts).
const ENTRY_SCRIPTS = [
  'launch-test/index.js',
  'launch-test/post.js',
  'studio/index.js',
  'retire/index.js',
  'compare/index.js',
];
for (const script of ENTRY_SCRIPTS) {
  await mkdir(`${outDir}/${script.split('/')[0]}`, { recursive: true });
  await writeFile(
    `${outDir}/${script}`,
    `// ${script}: starts the entry point this path names (src/common/entry-points.ts).\nrequire('../index.js');\n`,
  );
}
console.log(
  `dist/: ${files.size} files, ${(codeBytes / 1e6).toFixed(2)} MB of code, ` +
    `${(mapBytes / 1e6).toFixed(2)} MB of source maps`,
);

/** A source map without the sources' own text, and with sources named from the repository root. */
function withoutSourcesContent(json) {
  const parsed = JSON.parse(json);
  delete parsed.sourcesContent;
  parsed.sources = parsed.sources.map((source) => source.replace(/^webpack:\/\/[^/]*\//, ''));
  return JSON.stringify(parsed);
}
